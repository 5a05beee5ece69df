package org.assay.trace.score;

import java.util.List;

import org.assay.dsl.SourceLocation;
import org.assay.model.AssayModel;
import org.assay.model.Review;

/** The {@code review} elements of a project's models, as the evaluator reads them. */
final class Reviews {

	private Reviews() {
	}

	static List<ReviewRecord> of(List<AssayModel> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Review.class::isInstance).map(Review.class::cast)
				.map(r -> new ReviewRecord(r.getName(), r.getItems(), r.getAuthor(), r.getDate(), r.getDocument(),
						r.eResource() == null ? null : SourceLocation.of(r)))
				.toList();
	}
}

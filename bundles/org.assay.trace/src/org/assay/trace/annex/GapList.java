package org.assay.trace.annex;

import java.util.ArrayList;
import java.util.List;

import org.assay.dsl.SourceLocation;
import org.assay.dsl.validation.AiActProfile;
import org.assay.dsl.validation.IssueHelp;
import org.assay.model.AssayModel;
import org.assay.trace.annex.AnnexDocument.Gap;

/**
 * The gaps of a document: the {@link AiActProfile}'s (what the models lack, the same list {@code assay validate
 * --profile ai-act} warns about), what no model element holds (the {@code outside…} codes of {@link AnnexDocument}), and missing
 * evidence ({@value #EVIDENCE_MISSING}), in that order.
 */
final class GapList {

	/** The code of the gap "no run recorded yet". */
	static final String EVIDENCE_MISSING = "evidenceMissing";

	private final List<Gap> gaps = new ArrayList<>();

	GapList(List<AssayModel> models) {
		String firstFile = models.stream().filter(m -> m.eResource() != null).map(m -> m.eResource().getURI().lastSegment())
				.findFirst().map(f -> f + ":1").orElse(null);
		for (AiActProfile.Gap gap : AiActProfile.gaps(models)) {
			gaps.add(new Gap(gap.point(), IssueHelp.shortCode(gap.code()), "model", gap.element(), gap.message(),
					gap.object() == null || gap.object().eResource() == null ? firstFile : SourceLocation.of(gap.object())));
		}
	}

	boolean has(String code) {
		return gaps.stream().anyMatch(g -> g.code().equals(IssueHelp.shortCode(code)));
	}

	/** A point no model element fills: the document to attach to the technical file. */
	void outside(String code, String point, String document, String why) {
		gaps.add(new Gap(point, code, "outside", document, why, null));
	}

	void evidenceMissing(String project) {
		gaps.add(new Gap("2(g), 3", EVIDENCE_MISSING, "evidence", "a recorded run (target/assay/runs.jsonl)",
				"No run is recorded, so there are no measured values, per-group results or test logs: run the suites "
						+ "('assay run " + project + "' or 'mvn test') and export again.", null));
	}

	List<Gap> all() {
		return List.copyOf(gaps);
	}
}

package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.dsl.ClosestName;
import org.assay.dsl.catalogue.MlTestItem;
import org.assay.model.Review;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * A {@code review} (a manual check of ML Test Score items, docs/ml-test-score.md): it names items that exist, once
 * each; its date is a real ISO date, not in the future; its document is a file inside the project.
 */
public class ReviewValidator extends AssayCheckBase {

	private static final List<String> IDS = Arrays.stream(MlTestItem.values()).map(MlTestItem::id).toList();

	@Inject
	private DataFiles dataFiles;

	@Check
	public void checkItems(Review review) {
		Set<MlTestItem> seen = new HashSet<>();
		for (int i = 0; i < review.getItems().size(); i++) {
			String id = review.getItems().get(i);
			MlTestItem item = MlTestItem.of(id).orElse(null);
			if (item == null) {
				String closest = ClosestName.of(id, IDS, 3);
				error("Review '" + review.getName() + "' covers '" + id + "', which is not one of the ML Test Score's 28 tests"
						+ (closest == null ? "" : " (did you mean '" + closest + "'?)") + ". Write mltest.SECTION.N with "
						+ "SECTION one of data, model, infra, monitor and N from 1 to 7: " + MlTestItem.validIds() + ".", review,
						REVIEW__ITEMS, i, IssueCodes.REVIEW_ITEM_UNKNOWN, closest == null ? new String[0] : new String[] { closest });
			} else if (!seen.add(item)) {
				warning("Review '" + review.getName() + "' covers " + item.id() + " twice. Remove the second one.", review,
						REVIEW__ITEMS, i, IssueCodes.REVIEW_ITEM_DUPLICATE);
			}
		}
	}

	@Check
	public void checkDate(Review review) {
		if (review.getDate() == null) {
			return; // a syntax error already says what is missing
		}
		LocalDate date;
		try {
			date = LocalDate.parse(review.getDate());
		} catch (DateTimeParseException e) {
			error("Review '" + review.getName() + "' is dated " + review.getDate() + ", which is not a date. Write the day "
					+ "of the check as YYYY-MM-DD, for example 2026-11-30.", review, REVIEW__DATE, IssueCodes.REVIEW_DATE_INVALID);
			return;
		}
		if (date.isAfter(LocalDate.now())) {
			warning("Review '" + review.getName() + "' is dated " + date + ", in the future. Write the day the check was made.",
					review, REVIEW__DATE, IssueCodes.REVIEW_DATE_INVALID);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkDocument(Review review) {
		String path = review.getDocument();
		if (path == null) {
			return;
		}
		String invalid = DataFiles.invalidReason(path);
		String outside = invalid == null ? DataFiles.outsideReason(path) : null;
		if (invalid != null || outside != null) {
			error("Review document '" + DataPathValidator.printable(path) + "' cannot be used: "
					+ (invalid != null ? invalid : "it is outside the project: " + outside) + ". Write the path of the "
					+ "review's record relative to the project, for example \"docs/reviews/privacy.pdf\".", review,
					REVIEW__DOCUMENT, IssueCodes.REVIEW_DOCUMENT_MISSING);
			return;
		}
		Path folder = review.eResource() == null ? null : dataFiles.folderOf(review.eResource());
		Path file = folder == null ? null : dataFiles.locate(folder, path);
		if (file != null && !Files.isRegularFile(file)) {
			error("Review document '" + path + "' does not exist (looked in " + folder + " and up to the project root). A "
					+ "review scores only with its record: add the file or correct the path.", review, REVIEW__DOCUMENT,
					IssueCodes.REVIEW_DOCUMENT_MISSING);
		}
	}
}

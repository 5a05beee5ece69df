package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import org.assay.model.Category;
import org.eclipse.xtext.validation.Check;

/**
 * Category names are compared with the data's values exactly, after the CSV loader strips each cell: a category
 * that is empty or starts or ends with white space can never match a value. (Duplicates, also those written once
 * quoted and once bare, are duplicate names: {@link NamespaceValidator}.)
 */
public class CategoryValidator extends AssayCheckBase {

	@Check
	public void checkCategoryName(Category category) {
		String name = category.getName();
		if (name == null) {
			return;
		}
		if (name.isEmpty()) {
			error("A category cannot be empty: an empty cell is a missing value, never a category. Remove \"\" or name the "
					+ "value the data holds.", category, NAMED_ELEMENT__NAME, IssueCodes.CATEGORY_NAME_INVALID);
		} else if (!name.strip().equals(name)) {
			error("Category \"" + DataPathValidator.printable(name) + "\" starts or ends with white space, but cells are "
					+ "compared without their surrounding white space, so no value can match it. Write \""
					+ DataPathValidator.printable(name.strip()) + "\".", category, NAMED_ELEMENT__NAME,
					IssueCodes.CATEGORY_NAME_INVALID, name.strip());
		}
	}
}

package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.model.CategoricalType;
import org.assay.model.CategoryValue;
import org.assay.model.ComparisonOperator;
import org.assay.model.DataSource;
import org.assay.model.Feature;
import org.assay.model.FeatureComparison;
import org.assay.model.FeatureType;
import org.assay.model.Membership;
import org.assay.model.NumberValue;
import org.assay.model.NumericType;
import org.assay.model.Partition;
import org.assay.model.Split;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Datasets: split shares, stratification, well-typed slice predicates, data file presence and recorded hash. */
public class DataValidator extends AssayCheckBase {

	private static final double SHARE_TOLERANCE = 1e-6;

	@Inject
	private DataFiles dataFiles;

	@Check
	public void checkSplitShares(Split split) {
		double sum = 0;
		for (Partition partition : split.getPartitions()) {
			sum += partition.getShare();
		}
		if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
			error("The split's shares add up to " + AssayValueConverters.toDecimal(sum) + " %, not 100 %: every row "
					+ "must fall into exactly one partition. Adjust the shares"
					+ (split.getPartitions().isEmpty() ? "." : ", for example "
							+ last(split).getName() + " " + AssayValueConverters.toDecimal(last(split).getShare() + 100 - sum) + " %."),
					split, SPLIT__PARTITIONS, IssueCodes.SPLIT_SHARES_NOT_100, AssayValueConverters.toDecimal(100 - sum));
		}
	}

	@Check
	public void checkStratification(Split split) {
		Feature feature = split.getStratifiedBy();
		if (isResolved(feature) && !(feature.getType() instanceof CategoricalType)) {
			error("Cannot stratify by '" + feature.getName() + "': stratification keeps the share of each category "
					+ "equal across partitions, so it needs a categorical feature (typically the label).", split,
					SPLIT__STRATIFIED_BY, IssueCodes.STRATIFY_NOT_CATEGORICAL);
		}
	}

	@Check
	public void checkComparisonTypes(FeatureComparison comparison) {
		Feature feature = comparison.getFeature();
		if (!isResolved(feature) || comparison.getValue() == null || RowConditionValidator.inConstraint(comparison)) {
			return; // a constraint's row condition: RowConditionValidator
		}
		FeatureType type = feature.getType();
		if (type instanceof NumericType) {
			if (comparison.getValue() instanceof CategoryValue) {
				mismatch(comparison, FEATURE_COMPARISON__VALUE, "Feature '" + feature.getName() + "' is numeric; compare it with "
						+ "a number, for example '" + feature.getName() + " < 25'.");
			}
		} else if (type instanceof CategoricalType categorical) {
			if (comparison.getValue() instanceof NumberValue) {
				mismatch(comparison, FEATURE_COMPARISON__VALUE, "Feature '" + feature.getName() + "' is categorical; compare it "
						+ "with one of its categories (" + categories(categorical) + "), not with a number.");
			} else if (isOrdering(comparison.getOperator())) {
				mismatch(comparison, FEATURE_COMPARISON__OPERATOR, "Categories of '" + feature.getName() + "' have no "
						+ "order, so '" + comparison.getOperator().getLiteral() + "' is meaningless; use '=', '!=' or '"
						+ feature.getName() + " in [...]'.");
			}
		} else {
			mismatch(comparison, FEATURE_COMPARISON__FEATURE, "Feature '" + feature.getName() + "' is "
					+ org.assay.dsl.semantics.StatisticFacts.kindOf(feature).description() + "; slices "
					+ "can only select rows by numeric or categorical features.");
		}
	}

	@Check
	public void checkMembershipType(Membership membership) {
		Feature feature = membership.getFeature();
		if (isResolved(feature) && !(feature.getType() instanceof CategoricalType)) {
			mismatch(membership, MEMBERSHIP__FEATURE, "'in [...]' needs a categorical feature, but '" + feature.getName()
					+ "' is not categorical; compare it with '<', '<=', '>' or '>=' instead.");
		}
	}

	@Check(CheckType.NORMAL)
	public void checkDataFile(DataSource source) {
		if (source.isPartitioned()) {
			return; // PartitionValidator checks the folder and its files
		}
		if (source.eResource() == null || !DataFiles.mayRead(source.getPath(), source.isExternal())) {
			return; // DataPathValidator reports a path that is invalid or outside the project: nothing there is read
		}
		Path folder = dataFiles.folderOf(source.eResource());
		if (folder == null) {
			return;
		}
		Path file = dataFiles.locate(folder, source.getPath());
		if (file == null) {
			return;
		}
		if (!source.isExternal() && Files.isRegularFile(file) && !dataFiles.isInside(file, dataFiles.projectRoot(folder))) {
			return; // a link out of the project: DataPathValidator reports it, and its content is not read
		}
		if (!Files.isRegularFile(file)) {
			warning("Data file '" + source.getPath() + "' does not exist (looked in " + folder + " and up to the project "
					+ "root). Add the file or correct the path; tests on this dataset report NO_DATA until then.", source,
					DATA_SOURCE__PATH, IssueCodes.DATA_FILE_MISSING);
			return;
		}
		String actual;
		try {
			actual = dataFiles.sha256(file);
		} catch (IOException e) {
			warning("Data file '" + source.getPath() + "' cannot be read: " + e.getMessage(), source, DATA_SOURCE__PATH,
					IssueCodes.DATA_FILE_MISSING);
			return;
		}
		if (source.getSha256() == null) {
			info("No content hash is recorded for '" + source.getPath() + "', so changes to the data go unnoticed. Record "
					+ "it: sha256 \"" + actual + "\".", source, DATA_SOURCE__PATH, IssueCodes.DATA_HASH_NOT_RECORDED, actual);
		} else if (!source.getSha256().equalsIgnoreCase(actual)) {
			warning("Data changed: '" + source.getPath() + "' no longer matches its recorded sha256 (recorded "
					+ abbreviate(source.getSha256()) + ", now " + abbreviate(actual) + "). Evidence produced with the old "
					+ "data is suspect. Review the change, rerun the tests, then record the new hash.", source,
					DATA_SOURCE__SHA256, IssueCodes.DATA_CHANGED, actual);
		}
	}

	private void mismatch(org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EStructuralFeature feature, String message) {
		error(message, object, feature, IssueCodes.SLICE_PREDICATE_TYPE_MISMATCH);
	}

	private static boolean isOrdering(ComparisonOperator operator) {
		return operator != ComparisonOperator.EQUAL && operator != ComparisonOperator.NOT_EQUAL;
	}

	private static String categories(CategoricalType type) {
		return String.join(", ", type.getCategories().stream().map(c -> c.getName()).toList());
	}

	private static Partition last(Split split) {
		return split.getPartitions().get(split.getPartitions().size() - 1);
	}

	private static String abbreviate(String hash) {
		return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
	}
}

package org.assay.trace.annex;

import static org.assay.trace.annex.EntryBuilder.orEmpty;
import static org.assay.trace.annex.EntryBuilder.source;
import static org.assay.trace.annex.EntryBuilder.written;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.dsl.ElementNames;
import org.assay.dsl.validation.IssueCodes;
import org.assay.model.DataSource;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.Partition;
import org.assay.model.Pipeline;
import org.assay.model.Preparation;
import org.assay.model.QualityGate;
import org.assay.model.Slice;
import org.assay.model.Split;
import org.assay.model.TestCase;

/**
 * Datasheets of the datasets (Annex IV 2(d)): provenance as the model describes it, the source with its declared and
 * recorded SHA-256, schema (label and features as written, protected ones marked), split, slices, and the data-quality
 * constraints that guard it (pipelines' gates, the dataset's own checks). Also the input specification of Art. 13(3)(b)(vi)
 * and Annex IV 3: the features of the data the pipelines are trained on.
 */
final class DataSheets {

	private DataSheets() {
	}

	static List<EntryBuilder> datasheets(List<Dataset> datasets, List<Pipeline> pipelines, Map<String, String> recorded,
			GapList gaps) {
		List<EntryBuilder> entries = new ArrayList<>();
		if (datasets.isEmpty()) {
			entries.add(new EntryBuilder("2(d)", "Data requirements and datasheets").gaps(gaps,
					IssueCodes.AI_ACT_DATASET_UNDOCUMENTED));
		}
		for (Dataset dataset : datasets) {
			EntryBuilder e = new EntryBuilder("2(d)", "Datasheet of dataset " + ElementNames.qualified(dataset)
					+ (dataset.getTitle() == null ? "" : " — " + dataset.getTitle()));
			e.fact("Provenance and scope", dataset.getDescription(), dataset);
			DataSource source = dataset.getSource();
			if (source != null) {
				e.fact("Source", written(source), source);
				e.fact("SHA-256 declared", source.getSha256(), source);
				e.fact("SHA-256 recorded by the latest run", recorded.get(source.getPath()), null);
			}
			List<List<String>> schema = new ArrayList<>();
			if (dataset.getLabel() != null) {
				schema.add(row("label", dataset.getLabel()));
			}
			dataset.getFeatures().forEach(f -> schema.add(row("feature", f)));
			e.table("Schema", List.of("Role", "Name", "Type", "Protected", "Description", "Source"), schema);
			Split split = dataset.getSplit();
			if (split != null) {
				List<String> parts = new ArrayList<>();
				for (Partition p : split.getPartitions()) {
					parts.add(p.getName() + " " + EntryBuilder.number(p.getShare()).replaceAll("\\.?0+$", "") + " %");
				}
				e.fact("Split", String.join(", ", parts) + (split.getSeed() == null ? "" : ", seed " + split.getSeed())
						+ (split.getStratifiedBy() == null ? "" : ", stratified by " + split.getStratifiedBy().getName()), split);
			}
			List<List<String>> slices = new ArrayList<>();
			for (Slice slice : dataset.getSlices()) {
				slices.add(List.of(slice.getName(), orEmpty(slice.getTitle()), written(slice.getPredicate()), source(slice)));
			}
			e.table("Slices (groups examined)", List.of("Slice", "Title", "Rows where", "Source"), slices);
			List<String> protectedFeatures = dataset.getFeatures().stream().filter(Feature::isProtected).map(Feature::getName)
					.toList();
			e.fact("Protected attributes", String.join(", ", protectedFeatures), dataset);
			e.table("Data-quality constraints", List.of("Constraint", "Where", "Source"), constraints(dataset, pipelines));
			e.gaps(gaps, IssueCodes.AI_ACT_DATASET_UNDOCUMENTED, IssueCodes.AI_ACT_DATASET_UNHASHED);
			entries.add(e);
		}
		return entries;
	}

	private static List<String> row(String role, Feature feature) {
		return List.of(role, feature.getName(), written(feature.getType()), feature.isProtected() ? "yes" : "",
				orEmpty(feature.getDescription()), source(feature));
	}

	private static List<List<String>> constraints(Dataset dataset, List<Pipeline> pipelines) {
		List<List<String>> rows = new ArrayList<>();
		for (Pipeline pipeline : pipelines) {
			for (Preparation preparation : pipeline.getPreparations()) {
				if (preparation.getDataset() == dataset) {
					for (QualityGate gate : preparation.getGates()) {
						rows.add(List.of(written(gate), "gate of pipeline " + pipeline.getName(), source(gate)));
					}
				}
			}
		}
		for (TestCase check : dataset.getChecks()) {
			rows.add(List.of(written(check), "check of the dataset", source(check)));
		}
		return rows;
	}

	/** The features of the datasets the pipelines prepare or train on (all datasets when no pipeline names one). */
	static EntryBuilder inputSpecification(String ref, List<Dataset> datasets, List<Pipeline> pipelines) {
		Set<Dataset> inputs = new LinkedHashSet<>();
		for (Pipeline pipeline : pipelines) {
			pipeline.getPreparations().forEach(p -> inputs.add(p.getDataset()));
		}
		if (inputs.isEmpty()) {
			inputs.addAll(datasets);
		}
		EntryBuilder e = new EntryBuilder(ref, "Specification of the input data");
		List<List<String>> rows = new ArrayList<>();
		for (Dataset dataset : inputs) {
			if (dataset == null || dataset.eIsProxy()) {
				continue;
			}
			dataset.getFeatures().forEach(f -> rows.add(List.of(dataset.getName(), f.getName(), written(f.getType()),
					f.isProtected() ? "yes" : "", orEmpty(f.getDescription()))));
		}
		return e.table("Input features", List.of("Dataset", "Feature", "Type and valid values", "Protected", "Description"),
				rows);
	}
}

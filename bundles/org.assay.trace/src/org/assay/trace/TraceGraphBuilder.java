package org.assay.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assay.dsl.ElementNames;
import org.assay.dsl.SourceLocation;
import org.assay.model.AssayModel;
import org.assay.model.DataView;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.Hazard;
import org.assay.model.MetricPattern;
import org.assay.model.Pipeline;
import org.assay.model.Preparation;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.lineage.Sha256;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.results.ResultRecord;
import org.assay.trace.results.ResultsReader;
import org.eclipse.emf.ecore.EObject;

/**
 * Computes the {@link TraceGraph} of validated models and the project's results: who mitigates, refines, verifies,
 * tests, prepares and builds what, each test's current result, and the suspect links — a data file whose recorded
 * SHA-256 (in the model, or in a result's lineage) no longer matches the file.
 */
public final class TraceGraphBuilder {

	private final Path project;
	private final Map<String, TraceNode> nodes = new LinkedHashMap<>();
	private final List<TraceEdge> edges = new ArrayList<>();
	private final Map<String, Optional<String>> hashes = new HashMap<>();
	private final Map<String, String> runStarts;

	private TraceGraphBuilder(Path project, Map<String, String> runStarts) {
		this.project = project;
		this.runStarts = runStarts;
	}

	/**
	 * Builds the graph.
	 *
	 * @param models the project's models (resolved and validated; catalogue elements are reached through them)
	 * @param results every record of the project's results file, oldest first (see {@link ResultsReader})
	 * @param project the folder data paths are relative to
	 */
	public static TraceGraph build(List<AssayModel> models, List<ResultRecord> results, Path project) {
		return build(models, results, project, Map.of());
	}

	/**
	 * Builds the graph, marking SUSPECT the results recorded before a requirement they verify last changed.
	 *
	 * @param runStarts each run's start (ISO-8601 UTC) by run id; a result of a run not listed is never suspect
	 */
	public static TraceGraph build(List<AssayModel> models, List<ResultRecord> results, Path project,
			Map<String, String> runStarts) {
		return new TraceGraphBuilder(project, runStarts).graph(models, ResultsReader.latest(results));
	}

	public static String id(Kind kind, String name) {
		return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
	}

	private TraceGraph graph(List<AssayModel> models, Map<String, ResultRecord> latest) {
		List<Element> elements = models.stream().flatMap(m -> m.getElements().stream()).toList();
		for (Element element : elements) {
			if (element instanceof Hazard hazard) {
				node(Kind.HAZARD, null, hazard, hazard.getTitle(), null);
			} else if (element instanceof Dataset dataset) {
				dataset(dataset);
			}
		}
		for (Element element : elements) {
			if (element instanceof Requirement requirement) {
				String id = node(Kind.REQUIREMENT, null, requirement, requirement.getTitle(), null);
				for (Hazard hazard : requirement.getMitigates()) {
					if (!hazard.eIsProxy()) {
						edges.add(new TraceEdge(id, node(Kind.HAZARD, null, hazard, hazard.getTitle(), null), TraceEdge.Kind.MITIGATES,
								null));
					}
				}
				QualityAttribute attribute = requirement.getRefines();
				if (attribute != null && !attribute.eIsProxy()) {
					edges.add(new TraceEdge(id, node(Kind.ATTRIBUTE, null, attribute, attribute.getTitle(), null),
							TraceEdge.Kind.REFINES, null));
				}
			} else if (element instanceof Pipeline pipeline) {
				pipeline(pipeline);
			}
		}
		Map<String, ResultRecord> results = new LinkedHashMap<>();
		for (Element element : elements) {
			if (element instanceof TestSuite suite) {
				for (TestCase test : suite.getTests()) {
					test(ElementNames.qualified(suite), suite.getPipeline(), test, latest, results);
				}
			} else if (element instanceof Dataset dataset) {
				// a dataset's checks are the tests of its data suite: they verify requirements and measure the dataset
				for (TestCase check : dataset.getChecks()) {
					test(ElementNames.dataSuite(dataset), null, check, latest, results);
				}
			}
		}
		requirementStatuses();
		return new TraceGraph(nodes, edges, results);
	}

	private void dataset(Dataset dataset) {
		String status = null;
		String path = dataset.getSource() == null ? null : dataset.getSource().getPath();
		String recorded = dataset.getSource() == null ? null : dataset.getSource().getSha256();
		if (path != null && recorded != null) {
			Optional<String> actual = hash(path);
			if (actual.isPresent() && !actual.get().equalsIgnoreCase(recorded)) {
				status = Status.CHANGED;
			}
		}
		node(Kind.DATASET, null, dataset, path, status);
	}

	private void pipeline(Pipeline pipeline) {
		String id = node(Kind.PIPELINE, null, pipeline, pipeline.getTitle(), null);
		for (Preparation preparation : pipeline.getPreparations()) {
			Dataset dataset = preparation.getDataset();
			if (dataset != null && !dataset.eIsProxy()) {
				String target = datasetNode(dataset);
				TraceNode node = nodes.get(target);
				edges.add(new TraceEdge(id, target, TraceEdge.Kind.PREPARES, Status.CHANGED.equals(node.status())
						? dataset.getSource().getPath() + " changed since its hash was recorded in the model" : null));
			}
		}
		if (pipeline.getModel() != null) {
			String model = node(Kind.MODEL, ElementNames.qualified(pipeline) + "." + pipeline.getModel().getName(),
					pipeline.getModel(), pipeline.getModel().eClass().getName().replace("Model", " model").toLowerCase(
							java.util.Locale.ROOT), null);
			edges.add(new TraceEdge(id, model, TraceEdge.Kind.BUILDS, null));
		}
	}

	/**
	 * A test node, its result and its edges.
	 *
	 * @param suite the qualified name its evidence is recorded under (a suite's, or a dataset's data suite)
	 * @param pipeline the pipeline it tests, or null (a dataset's check)
	 */
	private void test(String suite, Pipeline pipeline, TestCase test, Map<String, ResultRecord> latest,
			Map<String, ResultRecord> results) {
		String name = suite + "." + test.getName();
		ResultRecord result = latest.get(name);
		String status = result == null ? Status.MISSING : result.verdict();
		String changed = result == null ? null : changedInput(result);
		if (changed != null) {
			status = Status.STALE;
		} else if (result != null && SuspectEvidence.isSuspect(test, runStarts.get(result.run()))) {
			status = Status.SUSPECT;
		}
		String id = node(Kind.TEST, name, test, test.getTitle(), status);
		if (result != null) {
			results.put(id, result);
		}
		for (Requirement requirement : test.getVerifies()) {
			if (!requirement.eIsProxy()) {
				edges.add(new TraceEdge(id, node(Kind.REQUIREMENT, null, requirement, requirement.getTitle(), null),
						TraceEdge.Kind.VERIFIES, null));
			}
		}
		if (pipeline != null && !pipeline.eIsProxy()) {
			edges.add(new TraceEdge(id, id(Kind.PIPELINE, ElementNames.qualified(pipeline)), TraceEdge.Kind.TESTS, changed));
		}
		DataView data = test.getPattern() instanceof MetricPattern pattern ? pattern.getData() : null;
		Dataset dataset = data == null || data.eIsProxy() ? null : datasetOf(data);
		if (dataset == null && test.eContainer() instanceof Dataset owner) {
			dataset = owner;
		}
		if (dataset != null) {
			edges.add(new TraceEdge(id, datasetNode(dataset), TraceEdge.Kind.MEASURES_ON, changed));
		}
	}

	/** Why a result's recorded inputs no longer match the files (the first changed one), or null. */
	private String changedInput(ResultRecord result) {
		for (var input : result.inputs().entrySet()) {
			if (input.getKey().equals("parameters")) {
				continue; // the declared parameters are not a file; a change there shows in regenerated code
			}
			Optional<String> actual = hash(input.getKey());
			if (actual.isPresent() && !actual.get().equalsIgnoreCase(input.getValue())) {
				return "the result was produced from " + input.getKey() + " with SHA-256 " + abbreviate(input.getValue())
						+ "…, the file now has " + abbreviate(actual.get()) + "…";
			}
		}
		return null;
	}

	private static String abbreviate(String hash) {
		return hash.length() > 12 ? hash.substring(0, 12) : hash;
	}

	private String datasetNode(Dataset dataset) {
		String id = id(Kind.DATASET, ElementNames.qualified(dataset));
		if (!nodes.containsKey(id)) {
			dataset(dataset);
		}
		return id;
	}

	private static Dataset datasetOf(DataView view) {
		EObject current = view;
		while (current != null && !(current instanceof Dataset)) {
			current = current.eContainer();
		}
		return (Dataset) current;
	}

	/** Adds a node once (the first declaration wins) and returns its id. */
	private String node(Kind kind, String name, org.assay.model.NamedElement element, String title, String status) {
		String qualified = name != null ? name : ElementNames.qualified(element);
		String id = id(kind, qualified);
		nodes.computeIfAbsent(id, k -> new TraceNode(k, kind, qualified, title, element.eResource() == null ? null
				: SourceLocation.of(element), status));
		return id;
	}

	private void requirementStatuses() {
		Map<String, String> worst = new HashMap<>();
		for (TraceEdge edge : edges) {
			if (edge.kind() == TraceEdge.Kind.VERIFIES) {
				worst.merge(edge.to(), nodes.get(edge.from()).status(), Status::worse);
			}
		}
		nodes.replaceAll((id, node) -> node.kind() == Kind.REQUIREMENT
				? node.withStatus(worst.getOrDefault(id, Status.UNVERIFIED))
				: node);
	}

	/** SHA-256 of a project file, empty when it does not exist or cannot be read (nothing to compare then). */
	private Optional<String> hash(String path) {
		return hashes.computeIfAbsent(path, p -> {
			Path file = project.resolve(p);
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			try {
				return Optional.of(Sha256.of(file));
			} catch (IOException e) {
				return Optional.empty();
			}
		});
	}
}

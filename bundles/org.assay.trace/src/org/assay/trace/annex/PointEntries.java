package org.assay.trace.annex;

import static org.assay.trace.annex.EntryBuilder.orEmpty;
import static org.assay.trace.annex.EntryBuilder.source;
import static org.assay.trace.annex.EntryBuilder.written;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.assay.dsl.ElementNames;
import org.assay.dsl.validation.IssueCodes;
import org.assay.model.AssayModel;
import org.assay.model.Catalogue;
import org.assay.model.Hazard;
import org.assay.model.Metric;
import org.assay.model.Monitor;
import org.assay.model.NamedElement;
import org.assay.model.Project;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.runtime.results.Run;
import org.assay.trace.ProjectTrace;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/** Annex IV points 4 (metrics), 5 (risk management), 6 (lifecycle changes), 7 (standards) and 9 (post-market). */
final class PointEntries {

	private PointEntries() {
	}

	/** Point 4: each metric the models use, its definition, and the requirements and tests that use it. */
	static EntryBuilder metrics(List<AssayModel> models) {
		Map<Metric, Set<String>> users = new LinkedHashMap<>();
		crossReferences(models, (from, to) -> {
			if (to instanceof Metric metric) {
				users.computeIfAbsent(metric, m -> new LinkedHashSet<>()).add(owner(from));
			}
		});
		EntryBuilder e = new EntryBuilder("4", "The performance metrics, their definition and where they are required");
		List<List<String>> rows = new ArrayList<>();
		users.forEach((m, by) -> rows.add(List.of(ElementNames.qualified(m), orEmpty(m.getTitle()),
				m.getKind() == null ? "" : m.getKind().getLiteral(), m.getDirection() == null ? "" : m.getDirection().getLiteral(),
				orEmpty(m.getFormula() != null ? m.getFormula() : m.getDescription()), String.join(", ", by))));
		return e.table("Metrics used", List.of("Metric", "Title", "Kind", "Direction", "Definition", "Used by"), rows);
	}

	/** Point 5: the hazards with their risk, the requirements that mitigate them and those requirements' status. */
	static EntryBuilder risks(List<Hazard> hazards, List<Requirement> requirements, ProjectTrace trace, GapList gaps) {
		EntryBuilder e = new EntryBuilder("5", "Risk management: identified hazards, estimated risk, mitigating "
				+ "requirements and the evidence that they are met");
		List<List<String>> rows = new ArrayList<>();
		for (Hazard hazard : hazards) {
			List<String> mitigations = requirements.stream().filter(r -> r.getMitigates().contains(hazard))
					.map(r -> ElementNames.qualified(r) + " (" + AnnexIvBuilder.status(trace, r) + ")").toList();
			rows.add(List.of(ElementNames.qualified(hazard), orEmpty(hazard.getTitle()), hazard.getSeverity().getLiteral(),
					hazard.getLikelihood().getLiteral(), String.valueOf(hazard.getRiskScore()),
					mitigations.isEmpty() ? "none" : String.join(", ", mitigations), source(hazard)));
		}
		e.table("Hazards", List.of("Hazard", "Title", "Severity", "Likelihood", "Risk score", "Mitigated by (status)",
				"Source"), rows);
		return e.gaps(gaps, IssueCodes.AI_ACT_HAZARD_MISSING, IssueCodes.AI_ACT_HAZARD_UNMITIGATED);
	}

	/** Point 6: the lifecycle phase, and per run which recorded inputs changed since the run before. */
	static EntryBuilder lifecycle(Project project, List<Run> runs) {
		EntryBuilder e = new EntryBuilder("6", "Relevant changes made through the lifecycle");
		if (project != null && project.isSetPhase()) {
			e.fact("Current lifecycle phase", project.getPhase().getLiteral(), project);
		}
		List<List<String>> rows = new ArrayList<>();
		Map<String, String> before = Map.of();
		for (Run run : runs) {
			Map<String, String> inputs = new TreeMap<>();
			run.evidence().forEach(ev -> {
				if (ev.lineage() != null) {
					ev.lineage().inputs().forEach(inputs::putIfAbsent);
				}
			});
			List<String> changed = new ArrayList<>();
			for (Map.Entry<String, String> input : inputs.entrySet()) {
				String earlier = before.get(input.getKey());
				if (rows.isEmpty()) {
					changed.add(input.getKey() + " (first recorded)");
				} else if (!Objects.equals(earlier, input.getValue())) {
					changed.add(input.getKey() + (earlier == null ? " (new)" : " (changed)"));
				}
			}
			rows.add(List.of(run.info().id(), orEmpty(run.info().started()), orEmpty(run.info().commit()),
					changed.isEmpty() ? "no input changed" : String.join(", ", changed)));
			before = inputs;
		}
		return e.table("Runs and the inputs that changed between them", List.of("Run", "Started", "Commit",
				"Inputs (data, models, parameters)"), rows);
	}

	/** Point 7: the catalogues whose metrics and quality attributes the models use, with their standards. */
	static EntryBuilder standards(List<AssayModel> models, GapList gaps) {
		Map<Catalogue, Set<String>> used = new LinkedHashMap<>();
		crossReferences(models, (from, to) -> {
			if (to instanceof Metric || to instanceof QualityAttribute) {
				for (EObject c = to; c != null; c = c.eContainer()) {
					if (c instanceof Catalogue catalogue) {
						used.computeIfAbsent(catalogue, k -> new LinkedHashSet<>()).add(((NamedElement) to).getName());
					}
				}
			}
		});
		EntryBuilder e = new EntryBuilder("7", "Standards and other technical specifications applied");
		List<List<String>> rows = new ArrayList<>();
		used.forEach((c, names) -> rows.add(List.of(ElementNames.qualified(c), orEmpty(c.getStandard()), orEmpty(c.getTitle()),
				String.join(", ", names))));
		e.table("Quality models and metric catalogues the requirements and tests use", List.of("Catalogue", "Standard",
				"Title", "Metrics and attributes used"), rows);
		return e.gaps(gaps, AnnexDocument.OUTSIDE_HARMONISED);
	}

	/** Point 9: the post-market monitoring plan, the monitors, and the evidence log. */
	static EntryBuilder postMarket(Project project, List<Monitor> monitors, List<Run> runs, GapList gaps) {
		EntryBuilder e = new EntryBuilder("9", "Post-market monitoring system and plan (Art. 72(3)); logging (Art. 12)");
		if (project != null) {
			e.fact("Post-market monitoring plan", project.getPostMarket(), project);
		}
		e.table("Monitors", List.of("Monitor", "Watches", "Checks", "Reactions", "Source"), monitorRows(monitors));
		e.fact("Evidence log", runs.isEmpty() ? null : "target/assay/runs.jsonl: " + runs.size() + " run(s), the latest "
				+ runs.get(runs.size() - 1).info().id(), null);
		return e.gaps(gaps, IssueCodes.AI_ACT_POST_MARKET_MISSING, IssueCodes.AI_ACT_MONITOR_MISSING);
	}

	static List<List<String>> monitorRows(List<Monitor> monitors) {
		List<List<String>> rows = new ArrayList<>();
		for (Monitor m : monitors) {
			List<String> checks = m.getChecks().stream().map(EntryBuilder::written).toList();
			List<String> reactions = m.getReactions().stream().map(EntryBuilder::written).toList();
			rows.add(List.of(ElementNames.qualified(m), m.getPipeline() == null ? "" : ElementNames.qualified(m.getPipeline()),
					String.join("; ", checks), String.join("; ", reactions), source(m)));
		}
		return rows;
	}

	private interface Reference {
		void accept(EObject from, EObject to);
	}

	/** Every resolved cross reference from the project's models, in model order. */
	private static void crossReferences(List<AssayModel> models, Reference visitor) {
		for (AssayModel model : models) {
			for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
				EObject from = it.next();
				for (EObject to : from.eCrossReferences()) {
					if (to != null && !to.eIsProxy()) {
						visitor.accept(from, to);
					}
				}
			}
		}
	}

	/** The qualified name of the nearest named element holding an object (a requirement, a test). */
	private static String owner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof NamedElement named && named.getName() != null && !(o instanceof Metric)) {
				return ElementNames.qualified(named);
			}
		}
		return "";
	}

}

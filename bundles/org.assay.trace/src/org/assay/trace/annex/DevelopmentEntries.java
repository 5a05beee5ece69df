package org.assay.trace.annex;

import static org.assay.trace.annex.EntryBuilder.orEmpty;
import static org.assay.trace.annex.EntryBuilder.source;
import static org.assay.trace.annex.EntryBuilder.written;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.dsl.ElementNames;
import org.assay.dsl.validation.IssueCodes;
import org.assay.model.ActionKind;
import org.assay.model.AdversarialTest;
import org.assay.model.Monitor;
import org.assay.model.Pipeline;
import org.assay.model.PretrainedModel;
import org.assay.model.Project;
import org.assay.model.Reaction;
import org.assay.model.TestSuite;

/**
 * Annex IV point 2 except the datasheets ({@link DataSheets}) and validation and testing ({@link AnnexIvBuilder}):
 * development methods and steps from the pipelines (2(a)), design specifications (2(b)), architecture (2(c)), human
 * oversight (2(e)), pre-determined changes (2(f)), cybersecurity (2(h)).
 */
final class DevelopmentEntries {

	private DevelopmentEntries() {
	}

	static EntryBuilder methods(List<Pipeline> pipelines) {
		EntryBuilder e = new EntryBuilder("2(a)", "Methods and steps of development, pre-trained systems used");
		List<List<String>> rows = new ArrayList<>();
		for (Pipeline p : pipelines) {
			List<String> preparation = new ArrayList<>();
			p.getPreparations().forEach(prep -> preparation.add(written(prep)));
			rows.add(List.of(ElementNames.qualified(p), orEmpty(p.getTitle()), String.join("; ", preparation),
					written(p.getTraining()), source(p)));
		}
		e.table("Pipelines: data preparation and training", List.of("Pipeline", "Title", "Preparation", "Training",
				"Source"), rows);
		List<List<String>> pretrained = new ArrayList<>();
		for (Pipeline p : pipelines) {
			if (p.getModel() instanceof PretrainedModel m) {
				pretrained.add(List.of(ElementNames.qualified(p), m.getName(), String.valueOf(m.getFormat()).toLowerCase(),
						orEmpty(m.getPath()), orEmpty(m.getSha256()), source(m)));
			}
		}
		e.table("Pre-trained models used", List.of("Pipeline", "Model", "Format", "File", "SHA-256 declared", "Source"),
				pretrained);
		return e;
	}

	static EntryBuilder design(Project project, List<Pipeline> pipelines, GapList gaps) {
		EntryBuilder e = new EntryBuilder("2(b)", "Design specifications: logic, key design choices, rationale and "
				+ "assumptions, persons the system is used on, expected output");
		if (project != null) {
			e.fact("Intended deployers, users and persons concerned", project.getUsers(), project);
			project.getAssumptions().forEach(a -> e.fact("Assumption " + a.getName(), a.getStatement(), a));
			project.getJustifications().forEach(j -> e.fact("Design rationale " + j.getName(), j.getStatement(), j));
		}
		List<List<String>> rows = new ArrayList<>();
		for (Pipeline p : pipelines) {
			if (p.getModel() != null) {
				rows.add(List.of(ElementNames.qualified(p), written(p.getModel()), source(p.getModel())));
			}
		}
		e.table("Models: task and architecture, as written", List.of("Pipeline", "Model", "Source"), rows);
		return e.gaps(gaps, IssueCodes.AI_ACT_USERS_MISSING);
	}

	static EntryBuilder architecture(List<Pipeline> pipelines, List<TestSuite> suites, List<Monitor> monitors,
			GapList gaps) {
		EntryBuilder e = new EntryBuilder("2(c)", "System architecture: how the components feed into each other; "
				+ "computational resources");
		List<List<String>> rows = new ArrayList<>();
		for (Pipeline p : pipelines) {
			Set<String> data = new LinkedHashSet<>();
			p.getPreparations().forEach(prep -> data.add(prep.getDataset() == null ? "" : prep.getDataset().getName()));
			List<String> tested = suites.stream().filter(s -> s.getPipeline() == p).map(ElementNames::qualified).toList();
			List<String> watched = monitors.stream().filter(m -> m.getPipeline() == p).map(ElementNames::qualified).toList();
			rows.add(List.of(String.join(", ", data), ElementNames.qualified(p), p.getModel() == null ? "" : p.getModel().getName(),
					String.join(", ", tested), String.join(", ", watched)));
		}
		e.table("Data → pipeline → model, and what tests and watches it",
				List.of("Data", "Pipeline", "Model", "Tested by", "Watched by"), rows);
		return e.gaps(gaps, AnnexDocument.OUTSIDE_COMPUTE);
	}

	static EntryBuilder oversight(String ref, Project project, GapList gaps) {
		EntryBuilder e = new EntryBuilder(ref, "Human oversight measures (Art. 14)");
		if (project != null) {
			project.getOversight().forEach(o -> e.fact(o.getName(), o.getStatement(), o));
			e.fact("Operating context", project.getContext(), project);
		}
		return e.gaps(gaps, IssueCodes.AI_ACT_OVERSIGHT_MISSING);
	}

	static EntryBuilder changes(List<Monitor> monitors, GapList gaps) {
		EntryBuilder e = new EntryBuilder("2(f)", "Pre-determined changes to the system and its performance");
		List<List<String>> rows = new ArrayList<>();
		for (Monitor m : monitors) {
			for (Reaction r : m.getReactions()) {
				if (r.getActions().stream().anyMatch(a -> a.getKind() == ActionKind.RETRAIN || a.getKind() == ActionKind.FALLBACK)) {
					rows.add(List.of(ElementNames.qualified(m), written(r), source(r)));
				}
			}
		}
		e.table("Reactions of monitors that change the system (retrain, fall back)", List.of("Monitor", "Reaction",
				"Source"), rows);
		if (rows.isEmpty()) {
			e.gaps(gaps, AnnexDocument.OUTSIDE_CHANGES);
		}
		return e;
	}

	static EntryBuilder cybersecurity(TestEvidence evidence, GapList gaps) {
		EntryBuilder e = new EntryBuilder("2(h)", "Cybersecurity measures");
		List<List<String>> rows = new ArrayList<>();
		for (TestEvidence.Row row : evidence.rows()) {
			if (row.test().getPattern() instanceof AdversarialTest) {
				rows.add(List.of(row.name(), written(row.test().getPattern()), row.node() == null ? "" : orEmpty(row.node().status())));
			}
		}
		e.table("Adversarial robustness tests (evasion attacks)", List.of("Test", "As written", "Status"), rows);
		return e.gaps(gaps, AnnexDocument.OUTSIDE_SECURITY);
	}
}

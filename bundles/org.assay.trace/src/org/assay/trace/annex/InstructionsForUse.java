package org.assay.trace.annex;

import java.util.ArrayList;
import java.util.List;

import org.assay.dsl.validation.IssueCodes;
import org.assay.model.Dataset;
import org.assay.model.Hazard;
import org.assay.model.Monitor;
import org.assay.model.Pipeline;
import org.assay.model.Project;
import org.assay.model.Requirement;
import org.assay.trace.annex.AnnexDocument.Entry;

/**
 * The instructions-for-use summary of Art. 13(3): provider, intended purpose, declared accuracy per metric and group,
 * known limits and circumstances of risk, performance per group, input specification, human oversight measures, and
 * the logging that lets deployers keep records. Filled from the same elements as Annex IV, so the two never disagree.
 */
final class InstructionsForUse {

	private InstructionsForUse() {
	}

	static List<Entry> entries(Project project, List<Requirement> requirements, List<Hazard> hazards,
			List<Dataset> datasets, List<Pipeline> pipelines, List<Monitor> monitors, TestEvidence evidence, GapList gaps) {
		List<EntryBuilder> entries = new ArrayList<>();
		EntryBuilder a = new EntryBuilder("13(3)(a)", "Identity and contact details of the provider");
		if (project != null) {
			a.fact("Provider", project.getProvider(), project);
		}
		entries.add(a.gaps(gaps, IssueCodes.AI_ACT_PROJECT_MISSING, IssueCodes.AI_ACT_PROVIDER_MISSING));
		EntryBuilder purpose = new EntryBuilder("13(3)(b)(i)", "Intended purpose");
		if (project != null) {
			purpose.fact("Intended purpose", project.getPurpose(), project);
			purpose.fact("Intended deployers, users and persons concerned", project.getUsers(), project);
			purpose.fact("Operating context", project.getContext(), project);
			purpose.fact("Version", project.getVersion(), project);
		}
		entries.add(purpose.gaps(gaps, IssueCodes.PROJECT_WITHOUT_PURPOSE, IssueCodes.AI_ACT_USERS_MISSING));
		entries.add(new EntryBuilder("13(3)(b)(ii)", "Declared level of accuracy, robustness and fairness, per metric "
				+ "and group, and the measured values").table("Declared levels and measured values",
						DeclaredLevels.COLUMNS, DeclaredLevels.table(requirements, evidence))
				.gaps(gaps, GapList.EVIDENCE_MISSING, IssueCodes.AI_ACT_ROBUSTNESS_UNTESTED));
		EntryBuilder limits = new EntryBuilder("13(3)(b)(iii)", "Known limits and foreseeable circumstances that may "
				+ "lead to risks");
		if (project != null) {
			project.getLimitations().forEach(l -> limits.fact("Known limitation " + l.getName(), l.getStatement(), l));
		}
		hazards.forEach(h -> limits.fact("Hazard " + h.getName(), EntryBuilder.orEmpty(h.getTitle()) + " (severity "
				+ h.getSeverity().getLiteral() + ", likelihood " + h.getLikelihood().getLiteral() + ")", h));
		entries.add(limits.gaps(gaps, IssueCodes.AI_ACT_LIMITATIONS_MISSING, IssueCodes.AI_ACT_HAZARD_MISSING));
		entries.add(new EntryBuilder("13(3)(b)(v)", "Performance regarding specific persons or groups")
				.table("Results per group and slice", TestEvidence.GROUP_COLUMNS, evidence.groupTable())
				.gaps(gaps, IssueCodes.AI_ACT_PROTECTED_UNTESTED, GapList.EVIDENCE_MISSING));
		EntryBuilder input = DataSheets.inputSpecification("13(3)(b)(vi)", datasets, pipelines);
		entries.add(input);
		entries.add(DevelopmentEntries.oversight("13(3)(d)", project, gaps));
		entries.add(new EntryBuilder("13(3)(f)", "Mechanisms to collect, store and interpret logs (Art. 12)")
				.table("Monitors", List.of("Monitor", "Watches", "Checks", "Reactions", "Source"),
						PointEntries.monitorRows(monitors))
				.gaps(gaps, IssueCodes.AI_ACT_MONITOR_MISSING));
		return entries.stream().map(EntryBuilder::build).toList();
	}
}

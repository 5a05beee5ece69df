package org.assay.trace.annex;

import java.util.ArrayList;
import java.util.List;

/**
 * A project's technical documentation per Annex IV of Regulation (EU) 2024/1689, with the instructions-for-use summary
 * of its Art. 13(3): built by {@link AnnexIvBuilder} from the models and the recorded runs, rendered by
 * {@link AnnexHtml} and {@link AnnexJson}, written with its manifest by {@link AnnexBundle}. Everything in it is a pure
 * function of the models and runs except {@code generated}, the one declared timestamp.
 *
 * @param title the project's title
 * @param project the project's qualified name, or null when the models declare none
 * @param generated when the export was made (ISO 8601, UTC): the only field that differs between two exports of one state
 * @param run the latest run the evidence comes from, or null before the first run
 * @param runStarted when that run started, or null
 * @param sections the nine points of Annex IV, in order
 * @param instructions the instructions-for-use summary (Art. 13(3)), entries by its points
 * @param gaps what the models do not say, each naming the model element to add
 */
public record AnnexDocument(String title, String project, String generated, String run, String runStarted,
		List<Section> sections, List<Entry> instructions, List<Gap> gaps) {

	/** The format's name and version, written as {@code schema} in the JSON form. */
	public static final String SCHEMA = "assay-annex-iv/1";

	/** The regulation the document follows. */
	public static final String REGULATION = "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 11 and Annex IV";

	public AnnexDocument {
		sections = List.copyOf(sections);
		instructions = List.copyOf(instructions);
		gaps = List.copyOf(gaps);
	}

	/**
	 * One numbered point of Annex IV.
	 *
	 * @param point {@code 1} … {@code 9}
	 * @param title the point's subject, in Assay's words
	 */
	public record Section(String point, String title, List<Entry> entries) {
		public Section {
			entries = List.copyOf(entries);
		}
	}

	/**
	 * A sub-point: what the model says about it, as text, labelled facts and tables.
	 *
	 * @param ref e.g. {@code 2(d)} or {@code 13(3)(b)(ii)}
	 * @param heading what the sub-point asks for
	 * @param status {@code filled}, {@code partial} (some of it is missing) or {@code gap} (nothing in the model)
	 * @param gaps the codes of the gaps that leave it unfilled
	 */
	public record Entry(String ref, String heading, String status, List<String> text, List<Fact> facts, List<Table> tables,
			List<String> gaps) {
		public Entry {
			text = List.copyOf(text);
			facts = List.copyOf(facts);
			tables = List.copyOf(tables);
			gaps = List.copyOf(gaps);
		}
	}

	/** A labelled value and the model element ({@code file:line}) it comes from, or null. */
	public record Fact(String label, String value, String source) {
	}

	/** A table: caption, column headings, rows of cells (text, as shown). */
	public record Table(String caption, List<String> columns, List<List<String>> rows) {
		public Table {
			columns = List.copyOf(columns);
			List<List<String>> copy = new ArrayList<>();
			rows.forEach(r -> copy.add(List.copyOf(r)));
			rows = List.copyOf(copy);
		}
	}

	/**
	 * A point the models cannot fill.
	 *
	 * @param point the Annex IV points (and articles) it leaves unfilled
	 * @param code the issue code of {@code assay validate --profile ai-act} (kind {@code model}), one of the
	 *        {@code outside…} codes below (kind {@code outside}: no Assay element holds it; it belongs in the technical
	 *        file by other means), or {@code evidenceMissing} (kind {@code evidence})
	 * @param kind {@code model}, {@code outside} or {@code evidence}
	 * @param element the model element to add, as written (kind outside: the document to attach)
	 * @param message what is missing and how to add it
	 * @param source where to add it ({@code file:line}), or null
	 */
	public record Gap(String point, String code, String kind, String element, String message, String source) {
	}

	// the points no Assay element holds (kind "outside")
	public static final String OUTSIDE_FORMS = "outsideForms";
	public static final String OUTSIDE_HARDWARE = "outsideHardware";
	public static final String OUTSIDE_PRODUCT = "outsideProduct";
	public static final String OUTSIDE_USER_INTERFACE = "outsideUserInterface";
	public static final String OUTSIDE_COMPUTE = "outsideCompute";
	public static final String OUTSIDE_CHANGES = "outsideChanges";
	public static final String OUTSIDE_SECURITY = "outsideSecurity";
	public static final String OUTSIDE_HARMONISED = "outsideHarmonisedStandards";
	public static final String OUTSIDE_DECLARATION = "outsideDeclaration";
}

package org.assay.trace.annex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assay.dsl.SourceLocation;
import org.assay.dsl.validation.IssueHelp;
import org.assay.trace.annex.AnnexDocument.Entry;
import org.assay.trace.annex.AnnexDocument.Fact;
import org.assay.trace.annex.AnnexDocument.Table;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Collects one sub-point's content: text, facts, tables and the codes of the gaps that leave it unfilled. Its status
 * follows: {@code filled} without gaps, {@code partial} with gaps and some content, {@code gap} with gaps only. Also the
 * small text helpers the section builders share (an element as written, its source, numbers as shown).
 */
final class EntryBuilder {

	private final String ref;
	private final String heading;
	private final List<String> text = new ArrayList<>();
	private final List<Fact> facts = new ArrayList<>();
	private final List<Table> tables = new ArrayList<>();
	private final Set<String> gaps = new LinkedHashSet<>();

	EntryBuilder(String ref, String heading) {
		this.ref = ref;
		this.heading = heading;
	}

	EntryBuilder text(String line) {
		if (line != null && !line.isBlank()) {
			text.add(line);
		}
		return this;
	}

	/** A fact; a blank value is left out (its gap says what is missing). */
	EntryBuilder fact(String label, String value, EObject from) {
		if (value != null && !value.isBlank()) {
			facts.add(new Fact(label, value, from == null || from.eResource() == null ? null : SourceLocation.of(from)));
		}
		return this;
	}

	/** A table; an empty one is left out. */
	EntryBuilder table(String caption, List<String> columns, List<List<String>> rows) {
		if (!rows.isEmpty()) {
			tables.add(new Table(caption, columns, rows));
		}
		return this;
	}

	/** Marks the sub-point unfilled by the gaps of these codes that the document has. */
	EntryBuilder gaps(GapList present, String... codes) {
		Arrays.stream(codes).filter(present::has).map(IssueHelp::shortCode).forEach(gaps::add);
		return this;
	}

	boolean isEmpty() {
		return text.isEmpty() && facts.isEmpty() && tables.isEmpty();
	}

	Entry build() {
		String status = gaps.isEmpty() ? "filled" : isEmpty() ? "gap" : "partial";
		return new Entry(ref, heading, status, text, facts, tables, List.copyOf(gaps));
	}

	/** An element as written in its .assay file (tokens joined by single spaces, comments left out), or "". */
	static String written(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/** {@code file:line} of an element, or "". */
	static String source(EObject element) {
		return element == null || element.eResource() == null ? "" : SourceLocation.of(element);
	}

	/** A measured value as shown: four decimals, "—" when not a number. */
	static String number(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "—";
	}

	/** {@code value [lower, upper]} or "—". */
	static String interval(double value, double lower, double upper) {
		if (!Double.isFinite(value)) {
			return "—";
		}
		return Double.isFinite(lower) && Double.isFinite(upper) ? number(value) + " [" + number(lower) + ", " + number(upper) + "]"
				: number(value);
	}

	static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}

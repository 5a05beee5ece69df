package org.assay.dsl.reqif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.assay.dsl.conversion.CategoryNameConverter;
import org.assay.dsl.init.Names;

/**
 * How imported requirements are written in an .assay file: names derived from the tool's ids, strings escaped by the
 * language's own converter (quotes, backslashes, line breaks and non-ASCII text round-trip), one statement per line as
 * the formatter lays them out.
 */
public final class RequirementText {

	private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9_]+");

	private final Names names;
	private final Set<String> taken;

	/**
	 * @param names the language's value converters
	 * @param taken names already declared (requirements get names none of these has)
	 */
	public RequirementText(Names names, Set<String> taken) {
		this.names = names;
		this.taken = new HashSet<>(taken);
	}

	/**
	 * The Assay name for a tool's id, deterministic: every run of characters that cannot stand in an identifier becomes
	 * '_' ({@code REQ-12 → REQ_12}, {@code SRS 1.2.3 → SRS_1_2_3}, {@code Anforderung-Ä1 → Anforderung_1}), a leading
	 * digit gets an {@code R} ({@code 12 → R12}), nothing usable gives {@code R}; a name already taken gets {@code _2},
	 * {@code _3}, … in the order requirements are imported.
	 */
	public static String baseName(String id) {
		String name = NOT_IDENTIFIER.matcher(id == null ? "" : id).replaceAll("_").replaceAll("^_+|_+$", "");
		if (name.isEmpty()) {
			return "R";
		}
		return Character.isDigit(name.charAt(0)) ? "R" + name : name;
	}

	/** A fresh name for a requirement imported with this id (taken from now on). */
	public String newName(String id) {
		String base = baseName(id);
		String name = base;
		for (int i = 2; !taken.add(name); i++) {
			name = base + "_" + i;
		}
		return name;
	}

	/** The requirement block with its {@code link} lines, ending with a line break. */
	public String requirement(String name, ImportedRequirement requirement, String refines, List<String> links) {
		StringBuilder text = new StringBuilder("requirement ").append(identifier(name));
		if (requirement.title() != null) {
			text.append(' ').append(names.string(requirement.title()));
		}
		if (refines != null) {
			text.append(" refines ").append(refines);
		}
		text.append(" {\n");
		if (requirement.text() != null) {
			text.append("\tdoc ").append(names.string(requirement.text())).append('\n');
		}
		text.append('\t').append(origin(requirement.identifier(), requirement.contentHash(), null)).append('\n');
		for (Map.Entry<String, String> attribute : requirement.attributes()) {
			text.append('\t').append(attribute(attribute.getKey(), attribute.getValue())).append('\n');
		}
		for (String link : links) {
			text.append('\t').append(link).append('\n');
		}
		return text.append("}\n").toString();
	}

	/** {@code link derives SRS_3}, {@code link relates SRS_7 reqif "parent"}: {@code target} as it is to be written. */
	public String link(org.assay.model.RequirementLinkKind kind, String target, String reqifType) {
		return "link " + kind.getLiteral() + " " + target + (reqifType == null ? "" : " reqif " + names.string(reqifType));
	}

	/** A name as written in a reference ({@code ^review} for a keyword). */
	public String name(String name) {
		return identifier(name);
	}

	/** {@code source reqif "ID" sha256 "…" changed "…"} */
	public String origin(String identifier, String sha256, String changed) {
		List<String> parts = new ArrayList<>(List.of("source reqif", names.string(identifier)));
		if (sha256 != null) {
			parts.add("sha256 " + names.string(sha256));
		}
		if (changed != null) {
			parts.add("changed " + names.string(changed));
		}
		return String.join(" ", parts);
	}

	/** {@code attribute "Priority" = "High"} */
	public String attribute(String key, String value) {
		return "attribute " + names.string(key) + " = " + names.string(value);
	}

	public String string(String value) {
		return names.string(value);
	}

	private String identifier(String name) {
		if (!CategoryNameConverter.isIdentifier(name)) {
			throw new IllegalArgumentException("not an identifier: " + name);
		}
		return names.name(name);
	}
}

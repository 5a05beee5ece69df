package org.assay.dsl.reqif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assay.dsl.reqif.ReqifDocument.Relation;
import org.assay.model.RequirementLink;
import org.assay.model.RequirementLinkKind;

/**
 * ReqIF spec relations between requirements as Assay's requirement links ({@code link derives SRS_3}) and back
 * (docs/reqif.md). A relation type's name (its LONG-NAME) gives the kind — {@code refine…} refines, {@code deriv…}
 * derives, {@code satisf…} or {@code implement…} satisfies, {@code depend…} or {@code require…} depends, anything else
 * relates — and is kept on the link ({@code reqif "parent"}) when it is not the kind's own name, so the export writes
 * the tool's name again. The link is held by the relation's SOURCE and names its TARGET.
 */
public final class RequirementLinks {

	/**
	 * A link an import found: from the spec object {@code source} to {@code target}.
	 *
	 * @param reqifType the tool's name of the relation type when it is not {@link #label(RequirementLinkKind)}, else null
	 */
	public record Found(String source, RequirementLinkKind kind, String target, String reqifType) {
	}

	private RequirementLinks() {
	}

	/** The kind a relation type's name stands for. */
	public static RequirementLinkKind kind(String relationType) {
		String type = relationType == null ? "" : relationType.toLowerCase(Locale.ROOT);
		if (type.contains("refine")) {
			return RequirementLinkKind.REFINES;
		} else if (type.contains("deriv")) {
			return RequirementLinkKind.DERIVES;
		} else if (type.contains("satisf") || type.contains("implement")) {
			return RequirementLinkKind.SATISFIES;
		} else if (type.contains("depend") || type.contains("require")) {
			return RequirementLinkKind.DEPENDS;
		}
		return RequirementLinkKind.RELATES;
	}

	/** The kind's own relation type name, what the export writes for a link without a tool's name. */
	public static String label(RequirementLinkKind kind) {
		return switch (kind) {
		case REFINES -> "refines";
		case DERIVES -> "derives from";
		case SATISFIES -> "satisfies";
		case DEPENDS -> "depends on";
		case RELATES -> "relates to";
		};
	}

	/** The relation type name the export writes for a link: the tool's, else the kind's. */
	public static String label(RequirementLink link) {
		return link.getReqifType() != null ? link.getReqifType() : label(link.getKind());
	}

	/**
	 * The links among the imported requirements, by the IDENTIFIER of the spec object that holds them (the relation's
	 * source), in the file's order; a relation from or to an object that is not imported as a requirement (a heading,
	 * an object of another document) is listed in {@code skipped} with why.
	 */
	public static Map<String, List<Found>> among(List<Relation> relations, Set<String> requirements, List<String> skipped) {
		Map<String, List<Found>> links = new LinkedHashMap<>();
		for (Relation relation : relations) {
			String missing = !requirements.contains(relation.source()) ? relation.source()
					: !requirements.contains(relation.target()) ? relation.target() : null;
			if (missing != null) {
				skipped.add("relation " + relation.identifier() + " (" + relation.type() + "): " + missing
						+ " is not an imported requirement");
				continue;
			}
			if (relation.source().equals(relation.target())) {
				skipped.add("relation " + relation.identifier() + " (" + relation.type() + "): links " + relation.source()
						+ " to itself");
				continue;
			}
			RequirementLinkKind kind = kind(relation.type());
			String type = relation.type() == null || relation.type().equals(label(kind)) ? null : relation.type();
			List<Found> list = links.computeIfAbsent(relation.source(), s -> new ArrayList<>());
			Found found = new Found(relation.source(), kind, relation.target(), type);
			if (list.stream().noneMatch(f -> f.kind() == kind && f.target().equals(found.target()))) {
				list.add(found);
			}
		}
		return links;
	}
}

package org.assay.dsl.reqif;

import java.util.List;
import java.util.Map;

/**
 * What {@code assay export reqif} writes, gathered from a project (see {@link ReqifWriter}): its requirements, hazards
 * and tests as spec objects, and the trace links between them as spec relations.
 *
 * @param title the header's title
 * @param timestamp the one time written (CREATION-TIME and every LAST-CHANGE): declared, so that two exports of the same
 *            state are identical
 * @param requirements sorted by name
 * @param hazards sorted by name
 * @param tests sorted by name
 * @param links sorted by kind, source, target
 */
public record ReqifExport(String title, String timestamp, List<Item> requirements, List<Item> hazards, List<Item> tests,
		List<Link> links) {

	/** The relation types Assay writes. */
	public enum LinkKind {
		/** requirement → hazard it mitigates */
		MITIGATES("mitigates"),
		/** requirement → test that verifies it */
		VERIFIED_BY("verified by"),
		/** requirement → requirement it is linked to ({@code link}); the link's label names the relation type */
		REQUIREMENT("requirement link");

		private final String label;

		LinkKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * A spec object.
	 *
	 * @param identifier its ReqIF IDENTIFIER (an NCName)
	 * @param name its Assay qualified name
	 * @param foreignId the id shown to users (ReqIF.ForeignID)
	 * @param title its title, or null
	 * @param text its text (plain; written as XHTML paragraphs), or null
	 * @param status its status word (see {@link ReqifWriter#STATUSES}), or null
	 * @param details a line of facts (criteria of a requirement, risk of a hazard, evidence of a test), or null
	 * @param attributes further attributes kept from an import, name → value
	 */
	public record Item(String identifier, String name, String foreignId, String title, String text, String status,
			String details, List<Map.Entry<String, String>> attributes) {

		public Item {
			attributes = List.copyOf(attributes);
		}
	}

	/**
	 * A trace link between two items, by identifier.
	 *
	 * @param label the relation type's name: the kind's label, or for a requirement link the tool's name or the link
	 *            kind's ({@link RequirementLinks#label})
	 */
	public record Link(LinkKind kind, String label, String source, String target) {

		public Link(LinkKind kind, String source, String target) {
			this(kind, kind.label(), source, target);
		}
	}

	public ReqifExport {
		requirements = List.copyOf(requirements);
		hazards = List.copyOf(hazards);
		tests = List.copyOf(tests);
		links = List.copyOf(links);
	}
}

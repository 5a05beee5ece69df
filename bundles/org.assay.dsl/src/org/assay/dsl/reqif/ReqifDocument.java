package org.assay.dsl.reqif;

import java.util.List;
import java.util.Optional;

/**
 * What Assay reads from a ReqIF 1.2 file: the spec objects in the order of the specifications' hierarchies (then those
 * no hierarchy places), each with its attribute values as text, and the spec relations. Datatypes and spec types are
 * resolved while reading: a value carries its attribute definition's LONG-NAME, an enumeration value its enum value's
 * LONG-NAME, an XHTML value its plain text ({@link XhtmlText}). Tool extensions are not read.
 *
 * @param title the REQ-IF-HEADER's TITLE, or null
 * @param objects spec objects in hierarchy order
 * @param relations spec relations in file order
 * @param warnings what was skipped while reading (a value of an undefined attribute, a dangling reference), located
 */
public record ReqifDocument(String title, List<SpecObject> objects, List<Relation> relations, List<String> warnings) {

	/** The kinds of ReqIF attribute definitions (and so of values). */
	public enum Kind {
		STRING, XHTML, ENUMERATION, INTEGER, REAL, BOOLEAN, DATE
	}

	/**
	 * One attribute value of a spec object.
	 *
	 * @param name the attribute definition's LONG-NAME (its IDENTIFIER when it has none)
	 * @param kind the definition's kind
	 * @param text the value as text (enumeration values' names joined with ", ")
	 */
	public record Value(String name, Kind kind, String text) {
	}

	/**
	 * A spec object.
	 *
	 * @param identifier its IDENTIFIER
	 * @param type its SPEC-OBJECT-TYPE's LONG-NAME (or IDENTIFIER)
	 * @param lastChange its LAST-CHANGE, as written
	 * @param values its attribute values, in file order
	 * @param depth 0 for an object no hierarchy places, else its depth in the first hierarchy that places it (1: top)
	 * @param parent the IDENTIFIER of the object above it in that hierarchy, or null
	 */
	public record SpecObject(String identifier, String type, String lastChange, List<Value> values, int depth,
			String parent) {

		public SpecObject {
			values = List.copyOf(values);
		}

		/** The value of the attribute named {@code name} (case-insensitive), if the object has one. */
		public Optional<Value> value(String name) {
			return values.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
		}
	}

	/**
	 * A spec relation.
	 *
	 * @param identifier its IDENTIFIER
	 * @param type its SPEC-RELATION-TYPE's LONG-NAME (or IDENTIFIER)
	 * @param source the IDENTIFIER of its source spec object
	 * @param target the IDENTIFIER of its target spec object
	 */
	public record Relation(String identifier, String type, String source, String target) {
	}

	public ReqifDocument {
		objects = List.copyOf(objects);
		relations = List.copyOf(relations);
		warnings = List.copyOf(warnings);
	}
}

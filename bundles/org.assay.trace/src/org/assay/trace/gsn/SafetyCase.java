package org.assay.trace.gsn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's safety case: a GSN argument from its top goal down to the evidence, built by
 * {@link SafetyCaseBuilder} from the models and the recorded runs. Elements are in the argument's order (depth first,
 * declaration order), so everything drawn or written from it is deterministic.
 *
 * @param title the project's title
 * @param run the latest run the evidence comes from, or null before the first run
 */
public record SafetyCase(String title, String run, List<GsnElement> elements, List<GsnLink> links) {

	public SafetyCase {
		elements = List.copyOf(elements);
		links = List.copyOf(links);
	}

	/** The element with this identifier, or null. */
	public GsnElement element(String id) {
		return elements.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}

	/** The elements of a type, in order. */
	public List<GsnElement> elements(GsnElement.Type type) {
		return elements.stream().filter(e -> e.type() == type).toList();
	}

	/** How many elements of each type, in GSN's type order: a one-line summary for the CLI and the report. */
	public Map<GsnElement.Type, Integer> counts() {
		Map<GsnElement.Type, Integer> counts = new LinkedHashMap<>();
		for (GsnElement.Type type : GsnElement.Type.values()) {
			int n = elements(type).size();
			if (n > 0) {
				counts.put(type, n);
			}
		}
		return counts;
	}

	/** The elements marked undeveloped. */
	public List<GsnElement> undeveloped() {
		return elements.stream().filter(GsnElement::undeveloped).toList();
	}
}

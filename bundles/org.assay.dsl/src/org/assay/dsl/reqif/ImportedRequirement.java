package org.assay.dsl.reqif;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.assay.dsl.reqif.ReqifDocument.SpecObject;
import org.assay.dsl.reqif.ReqifDocument.Value;
import org.assay.runtime.lineage.Sha256;

/**
 * A spec object as an Assay requirement: its IDENTIFIER, the id the requirements tool shows (ReqIF.ForeignID, "ID",
 * …), its title (ReqIF.Name, ReqIF.ChapterName, …) and text (ReqIF.Text, …), and its other attribute values kept as
 * text. Which attributes are which is decided by {@link #of}.
 *
 * @param identifier the ReqIF IDENTIFIER
 * @param visibleId the id the requirements tool shows, or null (then the IDENTIFIER names the requirement)
 * @param title the title, or null
 * @param text the text, or null
 * @param attributes the other values: name → value, in the file's order
 */
public record ImportedRequirement(String identifier, String visibleId, String title, String text,
		List<Map.Entry<String, String>> attributes) {

	/** Attributes whose value is the requirement's title, most specific first (ReqIF's standard names, DOORS, others). */
	public static final List<String> TITLE = List.of("ReqIF.Name", "ReqIF.ChapterName", "Object Heading", "Title", "Name");
	/** Attributes whose value is the requirement's text. */
	public static final List<String> TEXT = List.of("ReqIF.Text", "Object Text", "Description", "Text");
	/** Attributes whose value is the id the requirements tool shows. */
	public static final List<String> VISIBLE_ID = List.of("ReqIF.ForeignID", "ID", "Identifier", "Object Identifier",
			"Absolute Number");
	/** Attributes that only name a heading: an object with one of these and no text is structure, not a requirement. */
	private static final Set<String> HEADING = Set.of("reqif.chaptername", "object heading");
	/** Attributes Assay's export writes from the model (name, status, criteria): derived, never kept on import. */
	public static final String ASSAY_PREFIX = "Assay.";

	public ImportedRequirement {
		attributes = List.copyOf(attributes);
	}

	/**
	 * The requirement a spec object holds, or empty for a heading (a chapter name without text) or an object with
	 * neither title nor text.
	 *
	 * @param idAttribute the attribute naming the visible id, or null for the standard ones ({@link #VISIBLE_ID})
	 */
	public static Optional<ImportedRequirement> of(SpecObject object, String idAttribute) {
		Optional<Value> title = firstNonEmpty(object, TITLE);
		Optional<Value> text = firstNonEmpty(object, TEXT);
		if (text.isEmpty() && (title.isEmpty() || HEADING.contains(title.get().name().toLowerCase(Locale.ROOT)))) {
			return Optional.empty();
		}
		Optional<Value> visible = idAttribute != null ? object.value(idAttribute).filter(v -> !v.text().isBlank())
				: firstNonEmpty(object, VISIBLE_ID);
		List<Map.Entry<String, String>> attributes = new ArrayList<>();
		for (Value value : object.values()) {
			if (title.filter(value::equals).isPresent() || text.filter(value::equals).isPresent() || value.text().isEmpty()
					|| value.name().startsWith(ASSAY_PREFIX)) {
				continue;
			}
			attributes.add(Map.entry(value.name(), value.text()));
		}
		return Optional.of(new ImportedRequirement(object.identifier(), visible.map(v -> v.text().strip()).orElse(null),
				title.map(v -> oneLine(v.text())).orElse(null), text.map(Value::text).orElse(null), attributes));
	}

	/** SHA-256 of the title and text: what a re-import compares with the one recorded to see a change at the source. */
	public String contentHash() {
		return hash(title, text);
	}

	public static String hash(String title, String text) {
		return Sha256.of(((title == null ? "" : title) + "\u0000" + (text == null ? "" : text)).getBytes(StandardCharsets.UTF_8));
	}

	private static Optional<Value> firstNonEmpty(SpecObject object, List<String> names) {
		return names.stream().map(object::value).flatMap(Optional::stream).filter(v -> !v.text().isBlank()).findFirst();
	}

	/** A title is one line: line breaks inside a heading become spaces. */
	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\n\\s*", " ");
	}
}

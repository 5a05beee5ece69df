package org.assay.dsl.reqif;

import static org.assay.model.AssayPackage.Literals.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.assay.model.AssayModel;
import org.assay.model.Element;
import org.assay.model.Requirement;
import org.assay.model.RequirementAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Merges imported requirements into a project's .assay files as text edits, so everything written by hand (comments,
 * criteria, refines, tests, layout) stays as it is (docs/reqif.md):
 * <ul>
 * <li>a spec object no requirement records ({@code source reqif "IDENTIFIER"}) is added to the target file;</li>
 * <li>a recorded one whose title and text changed in the requirements tool (their SHA-256 differs from the recorded
 * one) gets the new title and text, the new hash and {@code changed "NOW"}: evidence recorded before that instant is
 * SUSPECT; when the tool's text is unchanged, local edits of the text are kept;</li>
 * <li>attribute values are updated, new attributes added, attributes the tool no longer has are kept;</li>
 * <li>a requirement of the target file that the ReqIF file no longer holds is reported, never deleted (requirements
 * of other files may come from other ReqIF documents);</li>
 * <li>spec relations between imported requirements become {@code link} lines of their source ({@link RequirementLinks});
 * links are added, never removed.</li>
 * </ul>
 */
public final class RequirementImport {

	/**
	 * What an import did, one line per requirement: {@code NAME (IDENTIFIER)} and, for changes, what changed.
	 *
	 * @param missing requirements of the target file that the ReqIF file no longer holds (kept)
	 * @param changedNames the names of the changed requirements (whose evidence is now suspect)
	 * @param linked the links added ({@code NAME derives OTHER}), and the relations not imported with why
	 */
	public record Report(List<String> added, List<String> changed, List<String> updated, List<String> unchanged,
			List<String> missing, List<String> changedNames, List<String> linked) {
	}

	/**
	 * @param files the new text of each file to write (changed or created)
	 * @param report what was done
	 */
	public record Outcome(Map<Path, String> files, Report report) {
	}

	private record Edit(int offset, int length, String text) {
	}

	private final RequirementText writer;
	private final Instant now;
	private final List<String> added = new ArrayList<>();
	private final List<String> changed = new ArrayList<>();
	private final List<String> updated = new ArrayList<>();
	private final List<String> unchanged = new ArrayList<>();
	private final List<String> changedNames = new ArrayList<>();
	private final List<String> linked = new ArrayList<>();
	/** IDENTIFIER → how a link in a file of that namespace names the requirement (set before anything is written) */
	private final Map<String, Requirement> existingByIdentifier = new LinkedHashMap<>();
	private final Map<String, String> newNames = new LinkedHashMap<>();
	private final Map<Requirement, String> namespaces = new LinkedHashMap<>();
	private String targetNamespace;
	private Map<String, List<RequirementLinks.Found>> links = Map.of();

	private RequirementImport(RequirementText writer, Instant now) {
		this.writer = writer;
		this.now = now.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * @param imported the requirements of the ReqIF file, in its order
	 * @param resources the project's parsed .assay files
	 * @param target where new requirements go (created with {@code namespace} when it does not exist)
	 * @param namespace the namespace of a created target file
	 * @param refines the attribute new requirements refine (as written), or null
	 * @param names the language's value converters (see {@link RequirementText})
	 * @param now the time recorded as {@code changed} on changed requirements
	 * @param relations the ReqIF file's spec relations (those between imported requirements become links)
	 */
	public static Outcome merge(List<ImportedRequirement> imported, List<XtextResource> resources, Path target,
			String namespace, String refines, org.assay.dsl.init.Names names, Instant now, List<ReqifDocument.Relation> relations) {
		Set<String> taken = new HashSet<>();
		Map<String, Requirement> recorded = new LinkedHashMap<>();
		Map<Requirement, XtextResource> owners = new LinkedHashMap<>();
		for (XtextResource resource : resources) {
			if (resource.getContents().isEmpty()) {
				continue;
			}
			for (Element element : ((AssayModel) resource.getContents().get(0)).getElements()) {
				taken.add(element.getName());
				if (element instanceof Requirement requirement && requirement.getOrigin() != null) {
					recorded.putIfAbsent(requirement.getOrigin().getIdentifier(), requirement);
					owners.put(requirement, resource);
				}
			}
		}
		RequirementImport merge = new RequirementImport(new RequirementText(names, taken), now);
		XtextResource targetResource = resources.stream().filter(r -> path(r).equals(target.toAbsolutePath().normalize()))
				.findFirst().orElse(null);
		merge.targetNamespace = targetResource != null ? namespace(targetResource) : namespace;
		owners.forEach((requirement, resource) -> merge.namespaces.put(requirement, namespace(resource)));
		merge.existingByIdentifier.putAll(recorded);
		for (ImportedRequirement requirement : imported) { // names first: a link may name a requirement imported later
			if (!recorded.containsKey(requirement.identifier())) {
				merge.newNames.put(requirement.identifier(), merge.writer.newName(requirement.visibleId() != null
						? requirement.visibleId() : requirement.identifier()));
			}
		}
		Set<String> identifiers = new HashSet<>();
		imported.forEach(r -> identifiers.add(r.identifier()));
		List<String> skipped = new ArrayList<>();
		merge.links = RequirementLinks.among(relations, identifiers, skipped);
		Map<XtextResource, List<Edit>> edits = new LinkedHashMap<>();
		StringBuilder additions = new StringBuilder();
		Set<String> present = new HashSet<>();
		for (ImportedRequirement requirement : imported) {
			present.add(requirement.identifier());
			Requirement existing = recorded.get(requirement.identifier());
			if (existing != null) {
				edits.computeIfAbsent(owners.get(existing), r -> new ArrayList<>()).addAll(merge.update(existing, requirement));
			} else {
				String name = merge.newNames.get(requirement.identifier());
				List<String> lines = new ArrayList<>();
				for (RequirementLinks.Found link : merge.links.getOrDefault(requirement.identifier(), List.of())) {
					lines.add(merge.writer.link(link.kind(), merge.reference(link.target(), merge.targetNamespace),
							link.reqifType()));
					merge.linked.add(name + " " + link.kind().getLiteral() + " " + merge.nameOf(link.target()));
				}
				additions.append('\n').append(merge.writer.requirement(name, requirement, refines, lines));
				merge.added.add(name + " (" + requirement.identifier() + ")");
			}
		}
		skipped.forEach(line -> merge.linked.add("not linked: " + line));
		// only the target file's requirements are expected in this ReqIF file: others may come from other documents
		List<String> missing = recorded.entrySet().stream()
				.filter(e -> !present.contains(e.getKey()) && owners.get(e.getValue()) == targetResource)
				.map(e -> e.getValue().getName() + " (" + e.getKey() + ")").toList();
		Map<Path, String> files = new LinkedHashMap<>();
		edits.forEach((resource, list) -> {
			if (!list.isEmpty() || resource == targetResource) {
				files.put(path(resource), apply(text(resource), list));
			}
		});
		if (!additions.isEmpty()) {
			Path file = target.toAbsolutePath().normalize();
			String before = files.containsKey(file) ? files.get(file)
					: targetResource != null ? text(targetResource) : "namespace " + namespace + "\n";
			files.put(file, before.stripTrailing() + "\n" + additions);
		}
		return new Outcome(files, new Report(merge.added, merge.changed, merge.updated, merge.unchanged, missing,
				merge.changedNames, merge.linked));
	}

	private static String namespace(XtextResource resource) {
		return resource.getContents().isEmpty() ? "" : Objects.toString(((AssayModel) resource.getContents().get(0)).getName(), "");
	}

	/** The name of the requirement imported from the spec object. */
	private String nameOf(String identifier) {
		Requirement existing = existingByIdentifier.get(identifier);
		return existing != null ? existing.getName() : newNames.get(identifier);
	}

	/** How a link in a file of namespace {@code from} names the requirement imported from the spec object. */
	private String reference(String identifier, String from) {
		Requirement existing = existingByIdentifier.get(identifier);
		String namespace = existing != null ? namespaces.get(existing) : targetNamespace;
		String name = writer.name(nameOf(identifier));
		return namespace.isEmpty() || namespace.equals(from) ? name : namespace + "." + name;
	}

	/** The links of the ReqIF file that an existing requirement does not have yet, as one insertion. */
	private void links(Requirement requirement, String identifier, List<Edit> edits) {
		StringBuilder inserted = new StringBuilder();
		for (RequirementLinks.Found link : links.getOrDefault(identifier, List.of())) {
			boolean present = requirement.getLinks().stream().anyMatch(l -> l.getKind() == link.kind() && l.getTarget() != null
					&& l.getTarget().getOrigin() != null && link.target().equals(l.getTarget().getOrigin().getIdentifier()));
			if (!present) {
				inserted.append("\n\t").append(writer.link(link.kind(), reference(link.target(), namespaces.get(requirement)),
						link.reqifType()));
				linked.add(requirement.getName() + " " + link.kind().getLiteral() + " " + nameOf(link.target()));
			}
		}
		if (!inserted.isEmpty()) {
			EObject last = !requirement.getLinks().isEmpty() ? requirement.getLinks().get(requirement.getLinks().size() - 1)
					: !requirement.getAttributes().isEmpty()
							? requirement.getAttributes().get(requirement.getAttributes().size() - 1)
							: requirement.getOrigin();
			edits.add(new Edit(NodeModelUtils.findActualNodeFor(last).getEndOffset(), 0, inserted.toString()));
		}
	}

	/**
	 * The file most of the imported requirements already live in (an earlier import of the same document, whatever
	 * its file was called then), or empty when none does: where new requirements go by default.
	 */
	public static java.util.Optional<Path> previousTarget(List<ImportedRequirement> imported, List<XtextResource> resources) {
		Set<String> identifiers = new HashSet<>();
		imported.forEach(r -> identifiers.add(r.identifier()));
		Map<Path, Integer> counts = new LinkedHashMap<>();
		for (XtextResource resource : resources) {
			if (resource.getContents().isEmpty()) {
				continue;
			}
			for (Element element : ((AssayModel) resource.getContents().get(0)).getElements()) {
				if (element instanceof Requirement requirement && requirement.getOrigin() != null
						&& identifiers.contains(requirement.getOrigin().getIdentifier())) {
					counts.merge(path(resource), 1, Integer::sum);
				}
			}
		}
		return counts.entrySet().stream().max(Map.Entry.<Path, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
	}

	/** The edits that bring a recorded requirement up to date. */
	private List<Edit> update(Requirement existing, ImportedRequirement imported) {
		List<Edit> edits = new ArrayList<>();
		String label = existing.getName() + " (" + imported.identifier() + ")";
		String hash = imported.contentHash();
		boolean sourceChanged = !hash.equalsIgnoreCase(Objects.toString(existing.getOrigin().getSha256(), ""));
		boolean differs = !Objects.equals(existing.getTitle(), imported.title())
				|| !Objects.equals(existing.getDescription(), imported.text());
		String changedAt = existing.getOrigin().getChanged();
		List<String> what = new ArrayList<>();
		if (sourceChanged && differs) {
			title(existing, imported.title(), edits);
			doc(existing, imported.text(), edits);
			changedAt = now.toString();
			what.add(!Objects.equals(existing.getTitle(), imported.title()) ? "title" : null);
			what.add(!Objects.equals(existing.getDescription(), imported.text()) ? "text" : null);
			what.removeIf(Objects::isNull);
		}
		if (sourceChanged) {
			INode origin = NodeModelUtils.findActualNodeFor(existing.getOrigin());
			edits.add(new Edit(origin.getOffset(), origin.getLength(), writer.origin(imported.identifier(), hash, changedAt)));
		}
		// links before attributes: inserted at the same place (after the last attribute), the attributes come first
		links(existing, imported.identifier(), edits);
		List<String> attributes = attributes(existing, imported, edits);
		if (!what.isEmpty()) {
			changed.add(label + ": " + String.join(" and ", what) + " changed");
			changedNames.add(existing.getName());
		}
		if (!attributes.isEmpty()) {
			updated.add(label + ": " + String.join(", ", attributes));
		}
		if (what.isEmpty() && attributes.isEmpty()) {
			unchanged.add(label);
		}
		return edits;
	}

	private void title(Requirement requirement, String title, List<Edit> edits) {
		if (Objects.equals(requirement.getTitle(), title)) {
			return;
		}
		int nameEnd = end(NodeModelUtils.findNodesForFeature(requirement, NAMED_ELEMENT__NAME));
		List<INode> titleNodes = NodeModelUtils.findNodesForFeature(requirement, NAMED_ELEMENT__TITLE);
		int end = titleNodes.isEmpty() ? nameEnd : end(titleNodes);
		edits.add(new Edit(nameEnd, end - nameEnd, title == null ? "" : " " + writer.string(title)));
	}

	private void doc(Requirement requirement, String text, List<Edit> edits) {
		if (Objects.equals(requirement.getDescription(), text)) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(requirement, NAMED_ELEMENT__DESCRIPTION);
		String value = writer.string(text == null ? "" : text);
		if (!nodes.isEmpty()) {
			INode node = nodes.get(0);
			edits.add(new Edit(node.getOffset(), node.getLength(), value));
		} else {
			edits.add(new Edit(afterBrace(requirement), 0, "\n\tdoc " + value));
		}
	}

	/** Updates and adds attribute values; returns what changed ({@code Priority: High → Low}, {@code +Owner}). */
	private List<String> attributes(Requirement requirement, ImportedRequirement imported, List<Edit> edits) {
		Map<String, RequirementAttribute> existing = new LinkedHashMap<>();
		requirement.getAttributes().forEach(a -> existing.putIfAbsent(a.getKey(), a));
		List<String> what = new ArrayList<>();
		StringBuilder inserted = new StringBuilder();
		for (Map.Entry<String, String> attribute : imported.attributes()) {
			RequirementAttribute old = existing.get(attribute.getKey());
			if (old == null) {
				inserted.append("\n\t").append(writer.attribute(attribute.getKey(), attribute.getValue()));
				what.add("+" + attribute.getKey());
			} else if (!Objects.equals(old.getValue(), attribute.getValue())) {
				INode node = NodeModelUtils.findNodesForFeature(old, REQUIREMENT_ATTRIBUTE__VALUE).get(0);
				edits.add(new Edit(node.getOffset(), node.getLength(), writer.string(attribute.getValue())));
				what.add(attribute.getKey() + ": " + old.getValue() + " -> " + attribute.getValue());
			}
		}
		if (!inserted.isEmpty()) {
			var last = requirement.getAttributes().isEmpty() ? requirement.getOrigin()
					: requirement.getAttributes().get(requirement.getAttributes().size() - 1);
			edits.add(new Edit(NodeModelUtils.findActualNodeFor(last).getEndOffset(), 0, inserted.toString()));
		}
		return what;
	}

	private static int afterBrace(Requirement requirement) {
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(requirement).getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
				return leaf.getEndOffset();
			}
		}
		throw new IllegalStateException("requirement without a block: " + requirement.getName());
	}

	private static int end(List<INode> nodes) {
		return nodes.get(nodes.size() - 1).getEndOffset();
	}

	private static String apply(String text, List<Edit> edits) {
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		StringBuilder result = new StringBuilder(text);
		for (Edit edit : sorted) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}

	private static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}

	private static Path path(XtextResource resource) {
		return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}
}

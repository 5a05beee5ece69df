package org.assay.dsl.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

import com.google.inject.Singleton;

/**
 * Answers "is this element referred to from anywhere?" for the references that the
 * {@link AssayResourceDescriptionStrategy} records as user data (tests → requirements, requirements → hazards).
 * The answer is computed from the index once and reused while the index's resource descriptions are unchanged, so
 * validating all files of a large workspace stays linear.
 */
@Singleton
public class ReverseReferenceIndex {

	private final Map<String, Snapshot> snapshots = new HashMap<>();

	private record Snapshot(List<IResourceDescription> descriptions, Map<String, Set<String>> writtenBySimpleName) {
	}

	/**
	 * Whether any element of type {@code sourceType} in the index refers (through the user data {@code key}) to an
	 * element named {@code target}. A written reference matches when it equals the target's qualified name or a
	 * suffix of it on a segment boundary.
	 */
	public boolean isReferenced(IResourceDescriptions index, EClass sourceType, String key, QualifiedName target) {
		Map<String, Set<String>> written = snapshot(index, sourceType, key);
		Set<String> candidates = written.get(target.getLastSegment());
		if (candidates == null) {
			return false;
		}
		String full = target.toString();
		for (String candidate : candidates) {
			if (full.equals(candidate) || full.endsWith("." + candidate)) {
				return true;
			}
		}
		return false;
	}

	private synchronized Map<String, Set<String>> snapshot(IResourceDescriptions index, EClass sourceType, String key) {
		List<IResourceDescription> current = new ArrayList<>();
		index.getAllResourceDescriptions().forEach(current::add);
		String cacheKey = sourceType.getName() + "#" + key;
		Snapshot snapshot = snapshots.get(cacheKey);
		if (snapshot != null && sameDescriptions(snapshot.descriptions(), current)) {
			return snapshot.writtenBySimpleName();
		}
		Map<String, Set<String>> written = new HashMap<>();
		for (IResourceDescription description : current) {
			for (IEObjectDescription exported : description.getExportedObjectsByType(sourceType)) {
				String names = exported.getUserData(key);
				if (names == null || names.isEmpty()) {
					continue;
				}
				for (String name : names.split(",")) {
					int dot = name.lastIndexOf('.');
					written.computeIfAbsent(name.substring(dot + 1), k -> new HashSet<>()).add(name);
				}
			}
		}
		snapshots.put(cacheKey, new Snapshot(current, written));
		return written;
	}

	private static boolean sameDescriptions(List<IResourceDescription> cached, List<IResourceDescription> current) {
		if (cached.size() != current.size()) {
			return false;
		}
		for (int i = 0; i < cached.size(); i++) {
			if (cached.get(i) != current.get(i)) {
				return false;
			}
		}
		return true;
	}
}

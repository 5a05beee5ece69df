package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.assay.model.AssayModel;
import org.assay.model.Element;
import org.assay.model.Requirement;
import org.assay.model.RequirementAttribute;
import org.assay.model.RequirementLink;
import org.assay.model.RequirementOrigin;
import org.eclipse.xtext.validation.Check;

/**
 * What {@code assay import reqif} records on a requirement (docs/reqif.md) is well formed: the ReqIF IDENTIFIER is not
 * empty and names one requirement of the file, the content hash is a SHA-256, {@code changed} is an ISO-8601 UTC
 * instant, and no attribute is given twice; a requirement's links (its ReqIF spec relations) name another requirement,
 * each once per kind.
 */
public class RequirementOriginValidator extends AssayCheckBase {

	@Check
	public void checkOrigin(RequirementOrigin origin) {
		if (origin.getIdentifier() == null || origin.getIdentifier().isBlank()) {
			error("The ReqIF IDENTIFIER is empty: write the IDENTIFIER of the spec object this requirement comes from, or "
					+ "remove the 'source reqif' line if it was written in Assay.", origin, REQUIREMENT_ORIGIN__IDENTIFIER,
					IssueCodes.REQIF_ORIGIN_INVALID);
		}
		if (origin.getSha256() != null && !origin.getSha256().matches("[0-9a-fA-F]{64}")) {
			error("'" + origin.getSha256() + "' is not a SHA-256 (64 hexadecimal digits). It is the hash of the imported title "
					+ "and text; remove it (with 'sha256') and the next import records it again.", origin,
					REQUIREMENT_ORIGIN__SHA256, IssueCodes.REQIF_ORIGIN_INVALID);
		}
		if (origin.getChanged() != null) {
			try {
				Instant.parse(origin.getChanged());
			} catch (DateTimeParseException e) {
				error("'" + origin.getChanged() + "' is not an ISO-8601 UTC time such as \"2026-11-30T16:28:13Z\": it says when "
						+ "an import last changed the text, and evidence recorded before it is suspect.", origin,
						REQUIREMENT_ORIGIN__CHANGED, IssueCodes.REQIF_ORIGIN_INVALID);
			}
		}
	}

	@Check
	public void checkUniqueOrigins(AssayModel model) {
		Map<String, Requirement> seen = new HashMap<>();
		for (Element element : model.getElements()) {
			if (element instanceof Requirement requirement && requirement.getOrigin() != null
					&& requirement.getOrigin().getIdentifier() != null) {
				Requirement first = seen.putIfAbsent(requirement.getOrigin().getIdentifier(), requirement);
				if (first != null) {
					error("Requirements '" + first.getName() + "' and '" + requirement.getName() + "' both come from the ReqIF "
							+ "spec object '" + requirement.getOrigin().getIdentifier() + "'; a re-import could update only one. "
							+ "Keep one of them.", requirement.getOrigin(), REQUIREMENT_ORIGIN__IDENTIFIER,
							IssueCodes.REQIF_ORIGIN_DUPLICATE);
				}
			}
		}
	}

	@Check
	public void checkUniqueAttributes(Requirement requirement) {
		Set<String> keys = new HashSet<>();
		for (RequirementAttribute attribute : requirement.getAttributes()) {
			if (!keys.add(attribute.getKey())) {
				error("Attribute \"" + attribute.getKey() + "\" is given twice for requirement '" + requirement.getName()
						+ "'. Keep one value.", attribute, REQUIREMENT_ATTRIBUTE__KEY, IssueCodes.REQUIREMENT_ATTRIBUTE_DUPLICATE);
			}
		}
	}

	@Check
	public void checkLinks(Requirement requirement) {
		Set<String> seen = new HashSet<>();
		for (RequirementLink link : requirement.getLinks()) {
			Requirement target = link.getTarget();
			if (target == null || target.eIsProxy()) {
				continue; // the linker reports it
			}
			if (target == requirement) {
				error("Requirement '" + requirement.getName() + "' links to itself: a link names the other requirement it "
						+ link.getKind().getLiteral() + ". Name that one, or remove the line.", link, REQUIREMENT_LINK__TARGET,
						IssueCodes.REQUIREMENT_LINK_TO_ITSELF);
			} else if (!seen.add(link.getKind().getLiteral() + " " + org.eclipse.emf.ecore.util.EcoreUtil.getURI(target))) {
				error("Requirement '" + requirement.getName() + "' gives 'link " + link.getKind().getLiteral() + " "
						+ target.getName() + "' twice. Remove one of the two lines.", link, REQUIREMENT_LINK__TARGET,
						IssueCodes.REQUIREMENT_LINK_DUPLICATE);
			}
		}
	}
}

package org.assay.dsl.documentation;

import java.util.stream.Collectors;

import org.assay.dsl.validation.MetricFacts;
import org.assay.model.CategoricalType;
import org.assay.model.Characteristic;
import org.assay.model.Feature;
import org.assay.model.Hazard;
import org.assay.model.Metric;
import org.assay.model.NamedElement;
import org.assay.model.NumericType;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.model.TensorType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

/**
 * Hover documentation: the element's title and description, plus the facts a safety engineer needs at a glance
 * (a metric's range, direction and formula; an attribute's standard and metrics; a feature's type).
 */
public class AssayDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		if (!(object instanceof NamedElement named) || object.eIsProxy()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		text.append("**").append(named.getTitle() != null ? named.getTitle() : named.getName()).append("**");
		String facts = facts(object);
		if (facts != null) {
			text.append(" — ").append(facts);
		}
		if (named.getDescription() != null) {
			text.append("\n\n").append(named.getDescription());
		}
		if (object instanceof Metric metric && metric.getFormula() != null) {
			text.append("\n\nDefinition: `").append(metric.getFormula()).append('`');
		}
		return text.toString();
	}

	private static String facts(EObject object) {
		if (object instanceof Metric metric) {
			return metric.getKind().getLiteral().replace('_', '-') + " metric, range " + MetricFacts.rangeText(metric) + ", "
					+ metric.getDirection().getLiteral().replace('_', ' ') + ", applies to " + MetricFacts.subjectsText(metric)
					+ (metric.getUnit() != null ? ", unit " + metric.getUnit() : "");
		}
		if (object instanceof QualityAttribute attribute) {
			Characteristic characteristic = attribute.getCharacteristic();
			String measured = attribute.allMetrics().stream().map(Metric::getName).collect(Collectors.joining(", "));
			return (attribute.isAiSpecific() ? "AI-specific " : "") + "quality attribute"
					+ (characteristic != null ? " of " + characteristic.getName() : "")
					+ (measured.isEmpty() ? "" : ", measured by " + measured);
		}
		if (object instanceof Characteristic) {
			return "quality characteristic";
		}
		if (object instanceof Feature feature) {
			String type = feature.getType() instanceof NumericType numeric ? numeric.getKind().getLiteral()
					: feature.getType() instanceof CategoricalType categorical
							? "category [" + categorical.getCategories().stream().map(NamedElement::getName)
									.collect(Collectors.joining(", ")) + "]"
							: feature.getType() instanceof TensorType ? "tensor" : "feature";
			return type + (feature.isProtected() ? ", protected attribute" : "");
		}
		if (object instanceof Hazard hazard) {
			return "hazard, severity " + hazard.getSeverity().getLiteral() + ", likelihood "
					+ hazard.getLikelihood().getLiteral() + ", risk " + hazard.getRiskScore() + "/25";
		}
		if (object instanceof Requirement requirement && requirement.getRefines() != null
				&& !requirement.getRefines().eIsProxy()) {
			return "requirement refining " + requirement.getRefines().getName();
		}
		return null;
	}
}

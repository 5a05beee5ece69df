package org.assay.generator;

import org.assay.dsl.ElementNames;
import org.assay.dsl.SourceLocation;
import org.assay.generator.java.JavaNames;
import org.assay.generator.java.JavaText;
import org.assay.model.AssayModel;
import org.assay.model.Condition;
import org.assay.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Naming shared by the generators: packages, class names and qualified names of model elements. */
public final class GenerationContext {

	/** Package for files without a namespace. */
	public static final String DEFAULT_PACKAGE = "assay.generated";

	private GenerationContext() {
	}

	public static String packageOf(EObject element) {
		AssayModel model = (AssayModel) EcoreUtil.getRootContainer(element);
		return JavaNames.packageName(model.getName(), DEFAULT_PACKAGE);
	}

	public static String qualifiedName(NamedElement element) {
		return ElementNames.qualified(element);
	}

	/** The file of a class in a source folder. */
	public static String path(String sourceFolder, String packageName, String className) {
		return sourceFolder + "/" + packageName.replace('.', '/') + "/" + className + ".java";
	}

	/**
	 * The hand-written subclass of a generated base class (generation gap): created once, then the user's to extend.
	 *
	 * @param modifiers e.g. {@code "public "} or {@code ""}
	 */
	public static String handWrittenSubclass(String packageName, String what, String modifiers, String className,
			String baseClass) {
		org.assay.generator.java.JavaBuilder java = new org.assay.generator.java.JavaBuilder();
		java.line("package " + packageName + ";").line();
		java.line("/**");
		java.line(" * " + what + ". " + org.assay.generator.files.Ownership.HAND_WRITTEN_MARKER
				+ "; yours to extend (it is never overwritten).");
		java.line(" */");
		java.open(modifiers + "class " + className + " extends " + baseClass + " {");
		java.close("}");
		return java.toString();
	}

	/** The header of every regenerated file: what it comes from and what to edit instead. */
	/** The runtime's {@code Criterion} for a condition, with its warning level when one is written. */
	public static String criterion(Condition condition) {
		return "new Criterion(Operator." + condition.getOperator().name() + ", "
				+ JavaText.doubleLiteral(condition.getThreshold())
				+ (condition.isSetWarnLevel() ? ", " + JavaText.doubleLiteral(condition.getWarnLevel()) : "") + ")";
	}

	public static String header(EObject element, String handWritten) {
		return "/*\n * " + org.assay.generator.files.Ownership.GENERATED_MARKER
				+ org.assay.generator.java.JavaText.comment(SourceLocation.of(element))
				+ ". Do not edit: it is regenerated.\n * Put your changes in " + handWritten + ", which Assay never overwrites.\n */\n";
	}
}

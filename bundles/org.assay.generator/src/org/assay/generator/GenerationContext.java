package org.assay.generator;

import java.util.List;
import java.util.function.Consumer;

import org.assay.dsl.ElementNames;
import org.assay.dsl.SourceLocation;
import org.assay.generator.files.Ownership;
import org.assay.generator.java.JavaBuilder;
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
		return handWrittenSubclass(packageName, List.of(), what, null, modifiers, className, baseClass, java -> {
		});
	}

	/**
	 * The hand-written subclass of a generated base class with the imports and members it starts with, and a second
	 * line of documentation saying how to extend it (or null).
	 */
	public static String handWrittenSubclass(String packageName, List<String> imports, String what, String howToExtend,
			String modifiers, String className, String baseClass, Consumer<JavaBuilder> members) {
		JavaBuilder java = new JavaBuilder();
		java.line("package " + packageName + ";").line();
		if (!imports.isEmpty()) {
			java.imports(imports.toArray(String[]::new)).line();
		}
		java.line("/**");
		java.line(" * " + what + ". " + Ownership.HAND_WRITTEN_MARKER + "; yours to extend (it is never overwritten)"
				+ (howToExtend == null ? "." : ":"));
		if (howToExtend != null) {
			java.line(" * " + howToExtend);
		}
		java.line(" */");
		java.open(modifiers + "class " + className + " extends " + baseClass + " {");
		members.accept(java);
		java.close("}");
		return java.toString();
	}

	/** The runtime's {@code Criterion} for a condition, with its warning level when one is written. */
	public static String criterion(Condition condition) {
		return "new Criterion(Operator." + condition.getOperator().name() + ", "
				+ JavaText.doubleLiteral(condition.getThreshold())
				+ (condition.isSetWarnLevel() ? ", " + JavaText.doubleLiteral(condition.getWarnLevel()) : "") + ")";
	}

	/** The header of every regenerated file: what it comes from and what to edit instead. */
	public static String header(EObject element, String handWritten) {
		return "/*\n * " + Ownership.GENERATED_MARKER
				+ JavaText.comment(SourceLocation.of(element))
				+ ". Do not edit: it is regenerated.\n * Put your changes in " + handWritten + ", which Assay never overwrites.\n */\n";
	}
}

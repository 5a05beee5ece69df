package org.assay.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** PNG screenshots of the workbench window (README and docs use them), under target/screenshots/. */
final class Screenshots {

	private Screenshots() {
	}

	/** Copies the workbench window from the screen into target/screenshots/{@code name}; returns the file. */
	static Path workbench(String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		shell.setBounds(screen.x, screen.y, Math.min(1280, screen.width), Math.min(800, screen.height));
		WorkbenchTestSupport.waitUntil(() -> false, 1_500); // let the views lay out and paint
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = Path.of("target", "screenshots", name).toAbsolutePath();
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}

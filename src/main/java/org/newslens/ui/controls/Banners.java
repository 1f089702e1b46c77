package org.newslens.ui.controls;

import atlantafx.base.controls.Message;
import org.newslens.ui.state.Notice;

/** Banners above the reader that show a {@link Notice} while it has a text, and dismiss it when closed. */
public final class Banners {
    private Banners() {
    }

    /** A banner {@code title} showing {@code notice}, styled {@code styleClasses} (an AtlantaFX accent and "banner"). */
    public static Message of(String id, String title, Notice notice, String... styleClasses) {
        Message banner = new Message();
        banner.setId(id);
        banner.getStyleClass().addAll(styleClasses);
        banner.setTitle(title);
        banner.descriptionProperty().bind(notice.textProperty());
        Shown.when(banner, notice.textProperty().isNotNull());
        banner.setOnClose(e -> notice.dismiss());
        return banner;
    }
}

package org.learnops.studio.app.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.learnops.studio.domain.Labelled;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.error.StudioException;

/** The UI's resource bundle: every string a user sees comes from here. */
public final class Messages {

    public static final String BUNDLE = "org.learnops.studio.app.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The message for {@code key}, formatted with {@link MessageFormat} (so apostrophes are written ’
     * in the bundle); {@link Labelled} arguments are replaced by their own message.
     */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // Built-in areas, deliverables, stances ... are shown by their name in this bundle.
            shown[i] = arguments[i] instanceof Labelled labelled ? get(labelled.messageKey()) : arguments[i];
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    public String describe(Problem problem) {
        return get(problem.messageKey(), problem.argumentArray());
    }

    /** A short, human description of a failure: the model's message for its own errors, a generic one otherwise. */
    public String describe(Throwable failure) {
        if (failure instanceof StudioException studio) {
            return get(studio.messageKey(), studio.arguments());
        }
        return get("error.unexpected");
    }
}

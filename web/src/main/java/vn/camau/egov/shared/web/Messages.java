package vn.camau.egov.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns business exceptions into messages on the page, in the visitor's language, from the
 * {@code msg} bundle: each field problem next to its input, anything else at the top.
 */
public final class Messages {

    public static final String BUNDLE = "vn.camau.egov.web.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale(),
                Messages.class.getClassLoader());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            // a missing text must show up in review, not as a blank
            return "???" + key + "???";
        }
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a refusal: field problems next to the inputs of the given form (the input's id is the
     * field's name), anything else at the top.
     */
    public static void show(BusinessException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            add(null, FacesMessage.SEVERITY_ERROR, text("error.invalidInput"));
            for (InvalidInputException.FieldProblem p : invalid.problems()) {
                String clientId = formId + ":" + p.field();
                UIComponent input = context.getViewRoot().findComponent(":" + clientId);
                if (input instanceof UIInput field) {
                    field.setValid(false);
                    add(clientId, FacesMessage.SEVERITY_ERROR, text(p.messageKey(), (Object[]) p.arguments()));
                } else {
                    add(null, FacesMessage.SEVERITY_ERROR, text(p.messageKey(), (Object[]) p.arguments()));
                }
            }
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), (Object[]) e.arguments()));
        }
        context.validationFailed();
    }

    /**
     * The problems of a refusal as texts by field, for inputs a page draws in a loop (whose client
     * ids are not the field names); the page shows each next to its input. Adds the summary at the top.
     */
    public static java.util.Map<String, String> byField(InvalidInputException e) {
        add(null, FacesMessage.SEVERITY_ERROR, text("error.invalidInput"));
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (InvalidInputException.FieldProblem p : e.problems()) {
            texts.merge(p.field(), text(p.messageKey(), (Object[]) p.arguments()), (a, b) -> a + " " + b);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return texts;
    }

    /**
     * A refusal as one text, for a page that reads its question from the address and shows the
     * answer's problems in its own content (the template's messages are drawn before the content
     * makes the bean that finds them).
     */
    public static String describe(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(p -> text(p.messageKey(), (Object[]) p.arguments()))
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return text(e.messageKey(), (Object[]) e.arguments());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

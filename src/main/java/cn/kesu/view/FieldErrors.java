package cn.kesu.view;

import jakarta.el.ValueExpression;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.message.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a refusal of bad input beside the field it concerns (issue 15, item 13.2), whether Faces found it (a
 * required field, a number that is none) or a department bean did (Bean Validation, through {@link Feedback}):
 * before the page renders, every input with a message of its own gets a message component right after it, for
 * this response only; PrimeFaces highlights the invalid input and its label. The page's message list at the top
 * shows the message as well.
 */
public class FieldErrors implements SystemEventListener {

    /**
     * Marks the input of the form just submitted that is bound to {@code property} (e.g. "businessRemark")
     * refused, and answers its client id; empty when the form has no such input. The form is the one whose
     * marker parameter came with the request; its inputs are found by walking its components, never by
     * evaluating the page (a hidden panel's lists are not read).
     */
    static Optional<String> refuse(FacesContext faces, String property) {
        String[] refused = {null};
        for (Map.Entry<String, String> parameter : faces.getExternalContext().getRequestParameterMap().entrySet()) {
            if (refused[0] != null || !parameter.getKey().equals(parameter.getValue())) {
                continue;
            }
            try {
                faces.getViewRoot().invokeOnComponent(faces, parameter.getKey(), (context, form) -> {
                    if (form instanceof UIForm) {
                        input(form, property).ifPresent(input -> {
                            refuse(input);
                            refused[0] = input.getClientId(context);
                        });
                    }
                });
            } catch (RuntimeException notAComponent) {
                // A posted name that only looks like a form's marker (e.g. a row index that is no number).
            }
        }
        return Optional.ofNullable(refused[0]);
    }

    private static Optional<UIInput> input(UIComponent parent, String property) {
        for (Iterator<UIComponent> children = parent.getFacetsAndChildren(); children.hasNext(); ) {
            UIComponent child = children.next();
            if (child instanceof UIInput input && child instanceof EditableValueHolder && binds(input, property)) {
                return Optional.of(input);
            }
            Optional<UIInput> below = input(child, property);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /**
     * Marks a field the department bean refused invalid, showing again what was entered: by then Faces has moved
     * the entry into the model and PrimeFaces would render an invalid field without a submitted value empty.
     */
    private static void refuse(UIInput field) {
        field.setValid(false);
        Object entered = field.getValue();
        Object submitted = field.getSubmittedValue();
        if ((submitted == null || "".equals(submitted)) && (entered instanceof String || entered instanceof Number)) {
            field.setSubmittedValue(entered instanceof BigDecimal decimal ? decimal.toPlainString()
                    : entered.toString());
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> fields = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null) {
                fields.add(id);
            }
        }
        for (String id : fields) {
            faces.getViewRoot().invokeOnComponent(faces, id, (context, component) -> {
                if (component instanceof UIInput input) {
                    besideField(context, input);
                }
            });
        }
    }

    private static void besideField(FacesContext faces, UIInput field) {
        field.setValid(false);
        List<UIComponent> siblings = field.getParent().getChildren();
        int after = siblings.indexOf(field) + 1;
        if (after < siblings.size() && siblings.get(after) instanceof Message) {
            return;
        }
        Message beside = (Message) faces.getApplication().createComponent(Message.COMPONENT_TYPE);
        beside.setFor(field.getId());
        beside.setDisplay("text");
        beside.setTransient(true);
        siblings.add(after, beside);
    }

    private static boolean binds(UIInput input, String property) {
        ValueExpression value = input.getValueExpression("value");
        return property.equals(input.getId())
                || value != null && value.getExpressionString().endsWith("." + property + "}");
    }
}

package cn.kesu.business.complaint.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Quantities shipped and defective are given, defects ≤ shipped, unless 客户加工中未确定 is ticked. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentQuantities.Validator.class)
public @interface ConsistentQuantities {

    String message() default "{slip.quantities}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentQuantities, SlipInput> {

        @Override
        public boolean isValid(SlipInput slip, ConstraintValidatorContext context) {
            if (slip == null || slip.quantitiesPending()) {
                return true;
            }
            if (slip.quantityShipped() == null || slip.defectQuantity() == null) {
                return violation(context, "{slip.quantities.required}", "quantityShipped");
            }
            if (slip.defectQuantity() > slip.quantityShipped()) {
                return violation(context, "{slip.quantities.defectAboveShipped}", "defectQuantity");
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String template, String property) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}

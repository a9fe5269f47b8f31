"""Password rules on top of Django's validators: a digit, a letter and an uppercase letter."""

from django.core.exceptions import ValidationError

from api_services import status_messages as msg


class CharacterClassValidator:
    """Require at least one digit, one letter and one uppercase letter."""

    def validate(self, password: str, user: object = None) -> None:
        errors = []
        if not any(ch.isdigit() for ch in password):
            errors.append(ValidationError(msg.PASSWORD_NEEDS_DIGIT, code="password_no_digit"))
        if not any(ch.isalpha() for ch in password):
            errors.append(ValidationError(msg.PASSWORD_NEEDS_LETTER, code="password_no_letter"))
        if not any(ch.isupper() for ch in password):
            errors.append(ValidationError(msg.PASSWORD_NEEDS_UPPERCASE, code="password_no_upper"))
        if errors:
            raise ValidationError(errors)

    def get_help_text(self) -> str:
        return "Your password must contain a digit, a letter and an uppercase letter."

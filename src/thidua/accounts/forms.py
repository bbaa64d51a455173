from django import forms
from django.contrib.auth import forms as auth_forms

from thidua.core.forms import BootstrapMixin, Form


class LoginForm(BootstrapMixin, auth_forms.AuthenticationForm):
    error_messages = {
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng. Lưu ý: mật khẩu phân biệt chữ hoa, chữ thường.",
        "inactive": "Tài khoản này đã bị khóa.",
    }

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Tên đăng nhập"
        self.fields["password"].label = "Mật khẩu"


class PasswordChangeForm(BootstrapMixin, auth_forms.PasswordChangeForm):
    pass


class PasswordResetForm(BootstrapMixin, auth_forms.PasswordResetForm):
    pass


class SetPasswordForm(BootstrapMixin, auth_forms.SetPasswordForm):
    pass


class TokenForm(Form):
    token = forms.CharField(
        label="Mã xác thực 6 chữ số",
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "pattern": r"\d{6}",
                "autofocus": True,
            }
        ),
    )


class UserCreateForm(Form):
    username = forms.RegexField(
        label="Tên đăng nhập",
        max_length=150,
        regex=r"^[\w.@+-]+$",
        error_messages={"invalid": "Chỉ dùng chữ không dấu, số và các ký tự . @ + - _"},
    )
    full_name = forms.CharField(label="Họ và tên", max_length=150)
    email = forms.EmailField(label="Thư điện tử", required=False)
    password = forms.CharField(
        label="Mật khẩu ban đầu",
        widget=forms.PasswordInput,
        required=False,
        help_text="Để trống nếu người dùng sẽ tự đặt mật khẩu qua chức năng «Quên mật khẩu».",
    )

    def clean_username(self) -> str:
        from thidua.accounts.models import User

        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("Tên đăng nhập đã được dùng.")
        return username

    def clean_password(self) -> str:
        from django.contrib.auth.password_validation import validate_password

        password = self.cleaned_data["password"]
        if password:
            validate_password(password)
        return password


class RoleGrantForm(Form):
    role = forms.ChoiceField(label="Vai trò")

    def __init__(self, *args, organizations, **kwargs):  # type: ignore[no-untyped-def]
        from thidua.accounts.models import Role
        from thidua.organizations.forms import OrgChoiceField

        super().__init__(*args, **kwargs)
        self.fields["role"].choices = Role.choices
        self.fields["organization"] = OrgChoiceField(
            queryset=organizations.order_by("path"),
            label="Phạm vi (đơn vị và các đơn vị trực thuộc)",
            empty_label="— Chọn đơn vị —",
        )

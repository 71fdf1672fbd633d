"""Form fields shared by the dashboards."""

from django import forms


class CategoryChoiceField(forms.ModelChoiceField):
    """Categories in tree order, indented by depth (no query per option)."""

    def label_from_instance(self, category) -> str:
        return f"{'— ' * (category.depth - 1)}{category.name}"

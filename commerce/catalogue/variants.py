"""A parent product's variants as a colour and size picker shows them: the axes (one per option
attribute the variants set, e.g. Colour and Size), every variant made, priced and stocked by the
strategy (the one pricing rule, commerce.partner.pricing), and the combinations not made.

The product page renders the picker from it, embeds it for the page's script, and the picker's
form is resolved against it (`variant_chosen`), so the page, the script and the form agree."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency

from commerce.catalogue.cards import (
    SOLD_OUT,
    UNAVAILABLE,
    SoldBy,
    offer_seller,
    price_shown,
)
from commerce.catalogue.prices import ShownPrice, SiteOffers, price_after_offers
from commerce.core.media import PRODUCT_PAGE_PICTURE, product_picture_url
from commerce.points.selectors.balance import points_for_amount
from commerce.search.selectors import product_variants_prefetched

Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")

# Variants without option attributes are chosen by name on one axis of this code.
VARIANT_AXIS = "variant"
# The query parameter that preselects a variant (a variant page links back with it).
VARIANT_PARAM = "variant"


class Combination(StrEnum):
    """What a combination of choices is: a variant to buy, one sold out, or none made."""

    AVAILABLE = "available"
    SOLD_OUT = "sold_out"
    NOT_MADE = "not_made"


@dataclass(frozen=True)
class AxisOption:
    value: str  # what the picker posts: the option's text, or a variant's id on VARIANT_AXIS
    label: str


@dataclass(frozen=True)
class Axis:
    """One thing a shopper chooses (Colour, Size), with its options in the shop's order."""

    code: str
    name: str
    options: tuple[AxisOption, ...]

    @property
    def is_colour(self) -> bool:
        """Shown as swatches."""
        return self.code in {"colour", "color"}


@dataclass(frozen=True)
class Variant:
    """A variant on sale as the strategy prices it, less the automatic offers it gets alone
    (`shown`, as cards show it; `price` is its amount); `price` is None when it has no offer."""

    product: object
    choices: dict[str, str]
    price: Decimal | None
    currency: str
    shown: ShownPrice | None
    is_available: bool
    status: str
    image: object
    sold_by: SoldBy | None

    @property
    def pk(self) -> int:
        return self.product.pk

    @property
    def combination(self) -> Combination:
        return Combination.AVAILABLE if self.is_available else Combination.SOLD_OUT

    @property
    def image_url(self) -> str:
        return image_url(self.image)

    @property
    def image_alt(self) -> str:
        caption = getattr(self.image, "caption", "")
        return caption or self.product.get_title()


@dataclass(frozen=True)
class VariantMatrix:
    """A parent's axes and public variants; a combination no variant has is not made."""

    product: object
    axes: tuple[Axis, ...]
    variants: tuple[Variant, ...]
    default: Variant | None = None

    def variant_for(self, choices: Mapping[str, str]) -> Variant | None:
        """The variant made in exactly these choices (one per axis), if any."""
        wanted = {axis.code: choices.get(axis.code) for axis in self.axes}
        return next((v for v in self.variants if v.choices == wanted), None)

    def variant_by_pk(self, pk) -> Variant | None:
        return next((v for v in self.variants if str(v.pk) == str(pk)), None)

    def combination(self, choices: Mapping[str, str]) -> Combination:
        variant = self.variant_for(choices)
        return variant.combination if variant else Combination.NOT_MADE


def _option_axes(children) -> list[Axis]:
    values: dict[object, dict[int, str]] = {}
    for child in children:
        for value in child.attribute_values.all():
            if value.attribute.type == ProductAttribute.OPTION and value.value_option_id:
                options = values.setdefault(value.attribute, {})
                options[value.value_option_id] = value.value_option.option
    # The attributes and options in the order the shop created them (Colour, then Size;
    # XS to XL), which is the order the dashboard lists them in.
    return [
        Axis(
            code=attribute.code,
            name=attribute.name,
            options=tuple(AxisOption(value=text, label=text) for _, text in sorted(opts.items())),
        )
        for attribute, opts in sorted(values.items(), key=lambda item: item[0].pk)
    ]


def _choices_of(child, axes: list[Axis]) -> dict[str, str]:
    if axes and axes[0].code == VARIANT_AXIS:
        return {VARIANT_AXIS: str(child.pk)}
    chosen = {
        value.attribute.code: value.value_option.option
        for value in child.attribute_values.all()
        if value.value_option_id
    }
    return {axis.code: chosen.get(axis.code) for axis in axes}


def _image_of(child, parent):
    # A variant without pictures of its own shows the parent's (Oscar's rule, prefetched).
    images = list(child.images.all()) or list(parent.images.all())
    return images[0] if images else parent.primary_image()


def image_url(image) -> str:
    """The URL of the picker's prepared size of a product image, or of Oscar's missing-image
    picture (a dict): never the original, which may be huge."""
    return product_picture_url(image=image, thumbnail=PRODUCT_PAGE_PICTURE)


def product_variant_matrix(*, product, strategy, offers: SiteOffers) -> VariantMatrix:
    """A parent's picker: option axes, public variants priced by `strategy`, and the variant
    shown first (the strategy's best); reads the variants' prefetched offers, attribute values
    and images (`product_variants_loaded`), else loads them in a fixed number of queries."""
    if not hasattr(product, "_prefetched_public_children"):
        product_variants_loaded(product=product)
    # In the order they were made (Oscar lists products newest first).
    children = sorted(product.get_public_children(), key=lambda child: child.pk)
    axes = _option_axes(children)
    if not axes:
        axes = [
            Axis(
                code=VARIANT_AXIS,
                name="Variant",
                options=tuple(AxisOption(value=str(c.pk), label=c.get_title()) for c in children),
            )
        ]
    offers.load(products=children)
    variants = tuple(
        _variant(child=c, axes=axes, strategy=strategy, offers=offers) for c in children
    )
    best = strategy.select_children_stockrecords(product)
    default = None
    if best and best[0][1] is not None:
        default = next((v for v in variants if v.pk == best[0][0].pk), None)
    return VariantMatrix(product=product, axes=tuple(axes), variants=variants, default=default)


def _variant(*, child, axes, strategy, offers: SiteOffers) -> Variant:
    info = strategy.fetch_for_product(child)
    amount = price_shown(price=info.price)
    currency = info.price.currency if info.price.exists else ""
    shown = (
        price_after_offers(product=child, amount=amount, currency=currency, offers=offers)
        if amount is not None
        else None
    )
    price = shown.amount if shown is not None else None
    available = price is not None and bool(info.availability.is_available_to_buy)
    return Variant(
        product=child,
        choices=_choices_of(child, axes),
        price=price,
        currency=currency,
        shown=shown,
        is_available=available,
        status=_status(info=info, priced=price is not None, available=available),
        image=_image_of(child, child.parent),
        sold_by=offer_seller(stockrecord=info.stockrecord) if price is not None else None,
    )


def _status(*, info, priced: bool, available: bool) -> str:
    if not priced:
        return UNAVAILABLE
    return str(info.availability.message) if available else SOLD_OUT


def product_variants_loaded(*, product) -> None:
    """Load a parent's public variants with what the picker reads (offers with partner and
    seller, option values, images) where Oscar looks for them (`get_public_children`)."""
    product_variants_prefetched(product=product)
    prefetch_related_objects([product], "images")
    prefetch_related_objects(product._prefetched_public_children, "images")


@dataclass(frozen=True)
class PickedOption:
    """An option as the picker shows it beside the other choices made."""

    value: str
    label: str
    checked: bool
    combination: Combination


@dataclass(frozen=True)
class PickedAxis:
    axis: Axis
    options: tuple[PickedOption, ...]
    chosen_label: str = ""


@dataclass(frozen=True)
class VariantPicker:
    """The picker in one state: what is chosen, the variant it names (if made), and every
    option marked as it would turn out with the other choices kept."""

    matrix: VariantMatrix
    chosen: dict[str, str]
    axes: tuple[PickedAxis, ...] = field(default=())

    @property
    def variant(self) -> Variant | None:
        return self.matrix.variant_for(self.chosen)

    @property
    def combination(self) -> Combination:
        return self.matrix.combination(self.chosen)

    @property
    def shown(self) -> Variant | None:
        """The variant whose picture shows: the one chosen or, for a combination not made, one
        in the first choice (the colour), else the first shown."""
        if self.variant is not None:
            return self.variant
        if self.matrix.axes:
            first = self.matrix.axes[0].code
            same = [
                v for v in self.matrix.variants if v.choices.get(first) == self.chosen.get(first)
            ]
            if same:
                return same[0]
        return self.matrix.default


def variant_picker(*, matrix: VariantMatrix, query: Mapping[str, str]) -> VariantPicker:
    """The picker as a page shows it: the choices in `query` (a variant's id under
    VARIANT_PARAM, or one option per axis code), else the variant shown first."""
    preselected = matrix.variant_by_pk(query.get(VARIANT_PARAM)) or matrix.default
    if preselected is None and matrix.variants:
        preselected = matrix.variants[0]
    chosen = dict(preselected.choices) if preselected else {}
    for axis in matrix.axes:
        wanted = query.get(axis.code)
        if wanted in {option.value for option in axis.options}:
            chosen[axis.code] = wanted
    axes = []
    for axis in matrix.axes:
        options = tuple(
            PickedOption(
                value=option.value,
                label=option.label,
                checked=chosen.get(axis.code) == option.value,
                combination=matrix.combination({**chosen, axis.code: option.value}),
            )
            for option in axis.options
        )
        chosen_label = next((o.label for o in options if o.checked), "")
        axes.append(PickedAxis(axis=axis, options=options, chosen_label=chosen_label))
    return VariantPicker(matrix=matrix, chosen=chosen, axes=tuple(axes))


def variant_picker_data(*, matrix: VariantMatrix) -> dict:
    """The matrix as the page's script reads it (json_script): each variant's choices, its price
    formatted as the page shows prices, its status, picture, page, points line and the Oscar
    add-to-basket URL the form posts to once the script has found the variant."""
    return {
        "axes": [axis.code for axis in matrix.axes],
        "variants": [
            {
                "id": variant.pk,
                "choices": variant.choices,
                "price": currency(variant.price, variant.currency)
                if variant.price is not None
                else "",
                "available": variant.is_available,
                "status": variant.status,
                "image": variant.image_url,
                "imageAlt": variant.image_alt,
                "url": variant.product.get_absolute_url(),
                "addUrl": reverse("basket:add", kwargs={"pk": variant.pk}),
                "soldBy": variant.sold_by.name if variant.sold_by else "",
                "soldByUrl": variant.sold_by.url if variant.sold_by else "",
                "points": _points_line(variant.price),
                "priceHtml": render_to_string(
                    "includes/price.html", {"price": variant.shown}
                ).strip(),
            }
            for variant in matrix.variants
        ],
    }


def _points_line(price: Decimal | None) -> str:
    points = points_for_amount(amount=price) if price else 0
    return render_to_string("points/partials/earn.html", {"points": points}).strip()


@dataclass(frozen=True)
class VariantChoice:
    """What a picker's form named: the variant (None if not made) and, when it cannot be
    bought, a sentence saying what to do instead."""

    variant: Variant | None
    problem: str = ""


def variant_chosen(*, matrix: VariantMatrix, chosen: Mapping[str, str]) -> VariantChoice:
    """The variant a picker's form names, or why it cannot be added and what to choose."""
    missing = [
        axis.name.lower()
        for axis in matrix.axes
        if chosen.get(axis.code) not in {option.value for option in axis.options}
    ]
    if missing:
        return VariantChoice(
            variant=None,
            problem=f"Please choose a {' and a '.join(missing)}, then add it to your basket.",
        )
    title = matrix.product.get_title()
    others = " or ".join(axis.name.lower() for axis in matrix.axes)
    variant = matrix.variant_for(chosen)
    if variant is None:
        return VariantChoice(
            variant=None,
            problem=f"{title} is not made in {_choices_label(matrix, chosen)}. "
            f"Please choose another {others}.",
        )
    if not variant.is_available:
        return VariantChoice(
            variant=variant,
            problem=f"{title} in {_choices_label(matrix, chosen)} is sold out. "
            f"Please choose another {others}.",
        )
    return VariantChoice(variant=variant)


def _choices_label(matrix: VariantMatrix, chosen: Mapping[str, str]) -> str:
    labels = []
    for axis in matrix.axes:
        option = next(o for o in axis.options if o.value == chosen.get(axis.code))
        labels.append(option.label)
    return ", ".join(labels)


def variant_options_label(*, product) -> str:
    """What a variant's page offers to change, e.g. "Choose another colour or size"."""
    names = sorted(
        (value.attribute.pk, value.attribute.name.lower())
        for value in product.attribute_values.all()
        if value.attribute.type == ProductAttribute.OPTION
    )
    if not names:
        return "Choose another option"
    return "Choose another " + " or ".join(name for _, name in names)

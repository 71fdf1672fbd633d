"""The demo catalogue: category tree, product classes and attributes, hand-written products
with variants, stock records across the sellers, and drawn product images.

Every builder creates what is missing and leaves existing rows alone, so running it again
changes nothing (and keeps whatever sellers or staff have edited since)."""

import random
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from oscar.core.loading import get_model

from demo.data import (
    CATEGORIES,
    LOW_STOCK_THRESHOLD,
    OPTION_GROUPS,
    PRODUCT_CLASSES,
    PRODUCTS,
    DemoProduct,
)
from demo.images import PRODUCT_VIEWS, picture_colour, product_pictures_store
from demo.pictures.scenes import picture_kind

AttributeOption = get_model("catalogue", "AttributeOption")
AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

CATEGORY_CODE_PREFIX = "demo-"
SECOND_SELLER_MARKUP = Decimal("1.05")


@dataclass(frozen=True)
class CatalogueStructure:
    """What products are filed under: categories by slug, classes by slug, options by
    (group name, option)."""

    categories: dict[str, object]
    classes: dict[str, object]
    options: dict[tuple[str, str], object]

    def attribute_value(self, *, product_class: str, code: str, value: object) -> object:
        """The Python value Oscar's attribute container expects (an AttributeOption for options)."""
        for spec in PRODUCT_CLASSES[product_class][1]:
            if spec.code == code and spec.option_group:
                return self.options[(spec.option_group, str(value))]
        return value


def demo_categories_build() -> dict[str, object]:
    """The two-level category tree; every category by its slug."""
    categories = {}
    for slug, (name, children) in CATEGORIES.items():
        root = Category.objects.filter(code=CATEGORY_CODE_PREFIX + slug).first()
        if root is None:
            root = Category.add_root(name=name, slug=slug, code=CATEGORY_CODE_PREFIX + slug)
        categories[slug] = root
        for child_slug, child_name in children:
            child = Category.objects.filter(code=CATEGORY_CODE_PREFIX + child_slug).first()
            if child is None:
                child = root.add_child(
                    name=child_name, slug=child_slug, code=CATEGORY_CODE_PREFIX + child_slug
                )
            categories[child_slug] = child
    return categories


def demo_catalogue_structure_build() -> CatalogueStructure:
    """Categories, attribute option groups, product classes and their attributes."""
    options = {}
    groups = {}
    for group_name, values in OPTION_GROUPS.items():
        group, _ = AttributeOptionGroup.objects.get_or_create(name=group_name)
        groups[group_name] = group
        for value in values:
            options[(group_name, value)] = AttributeOption.objects.get_or_create(
                group=group, option=value
            )[0]
    classes = {}
    for slug, (name, attributes) in PRODUCT_CLASSES.items():
        product_class, _ = ProductClass.objects.get_or_create(slug=slug, defaults={"name": name})
        classes[slug] = product_class
        for spec in attributes:
            ProductAttribute.objects.get_or_create(
                product_class=product_class,
                code=spec.code,
                defaults={
                    "name": spec.name,
                    "type": spec.type,
                    "option_group": groups.get(spec.option_group),
                },
            )
    return CatalogueStructure(categories=demo_categories_build(), classes=classes, options=options)


def _product_get_or_create(*, upc: str, build) -> object:
    product = Product.objects.filter(upc=upc).first()
    if product is None:
        product = build()
        product.full_clean(exclude=["slug"])
        product.save()
    return product


def _stock_records_ensure(*, product, spec: DemoProduct, partners: dict, num_in_stock: int) -> None:
    for position, partner_code in enumerate(spec.sellers):
        # Each further seller is a little dearer: one product, several offers, several prices.
        price = spec.price * SECOND_SELLER_MARKUP**position
        StockRecord.objects.get_or_create(
            partner=partners[partner_code],
            partner_sku=product.upc,
            defaults={
                "product": product,
                "price": price.quantize(Decimal("0.01")),
                "price_currency": settings.OSCAR_DEFAULT_CURRENCY,
                "num_in_stock": num_in_stock if position == 0 else max(num_in_stock, 10),
                "low_stock_threshold": LOW_STOCK_THRESHOLD,
            },
        )


def _variants_ensure(*, parent, spec: DemoProduct, structure, partners: dict) -> None:
    rng = random.Random(spec.upc)
    for colour in spec.colours or (None,):
        for size in spec.sizes or (None,):
            upc = _variant_upc(spec, colour, size)

            def build(colour=colour, size=size, upc=upc):
                # Oscar lets child titles fall back to the parent's; naming the variant
                # makes the product page's variant list and basket lines tell them apart.
                variant = ", ".join(part for part in (colour, size) if part)
                child = Product(
                    upc=upc,
                    parent=parent,
                    structure=Product.CHILD,
                    title=f"{spec.title} ({variant})",
                )
                if colour:
                    child.attr.colour = structure.options[("Colour", colour)]
                if size:
                    child.attr.size = structure.options[("Size", size)]
                return child

            child = _product_get_or_create(upc=upc, build=build)
            _stock_records_ensure(
                product=child, spec=spec, partners=partners, num_in_stock=rng.randint(2, 30)
            )


def demo_product_build(*, spec: DemoProduct, structure: CatalogueStructure, partners: dict):
    """One hand-written product: a standalone product, or a parent with colour/size children,
    filed in its category and stocked by its sellers."""

    def build():
        product = Product(
            upc=spec.upc,
            title=spec.title,
            description=spec.description,
            product_class=structure.classes[spec.product_class],
            structure=Product.PARENT if spec.has_variants else Product.STANDALONE,
        )
        for code, value in spec.attributes.items():
            setattr(
                product.attr,
                code,
                structure.attribute_value(product_class=spec.product_class, code=code, value=value),
            )
        return product

    product = _product_get_or_create(upc=spec.upc, build=build)
    ProductCategory.objects.get_or_create(
        product=product, category=structure.categories[spec.category]
    )
    if spec.has_variants:
        _variants_ensure(parent=product, spec=spec, structure=structure, partners=partners)
    else:
        _stock_records_ensure(
            product=product, spec=spec, partners=partners, num_in_stock=spec.stock
        )
    return product


def _variant_upc(spec: DemoProduct, colour: str | None, size: str | None) -> str:
    return "-".join(part for part in (spec.upc, colour, size) if part).upper()


def _pictures_add(
    *, product, key: str, kind: str, rgb, caption: str, first: int = 0, front_only: bool = False
) -> None:
    pictures = product_pictures_store(key=key, kind=kind, rgb=rgb)
    ProductImage.objects.bulk_create(
        ProductImage(product=product, original=path, caption=caption + suffix, display_order=order)
        for order, (path, suffix) in enumerate(pictures[:1] if front_only else pictures, first)
    )


def demo_product_images_build(*, spec: DemoProduct, product) -> None:
    """Give a product, and each of its variants, drawn pictures (front, close-up, at home) in
    its own colour; a parent shows its first colour, then the front of each other colour.
    Products that have pictures are left alone."""
    kind = picture_kind(title=spec.title, product_class=spec.product_class)
    material = spec.attributes.get("material")
    colours = spec.colours or (spec.attributes.get("colour"),)
    pictured = set(
        ProductImage.objects.filter(product__in=[product, *product.children.all()]).values_list(
            "product_id", flat=True
        )
    )
    for position, colour in enumerate(colours):
        rgb = picture_colour(colour=colour, material=material, book_key=spec.upc)
        key = "-".join(part for part in (spec.upc.lower(), (colour or "").lower()) if part)
        picture = {
            "key": key,
            "kind": kind,
            "rgb": rgb,
            "caption": f"{spec.title} in {colour.lower()}" if spec.colours else spec.title,
        }
        if product.pk not in pictured:
            # The parent's gallery: every view of the first colour, then the other colours.
            _pictures_add(
                product=product,
                first=position + (len(PRODUCT_VIEWS) - 1 if position else 0),
                front_only=position > 0,
                **picture,
            )
        for size in (spec.sizes or (None,)) if spec.has_variants else ():
            child = Product.objects.get(upc=_variant_upc(spec, colour, size))
            if child.pk not in pictured:
                _pictures_add(product=child, **picture)


def demo_products_specs() -> tuple[DemoProduct, ...]:
    """The hand-written products, in the order they are built."""
    return PRODUCTS

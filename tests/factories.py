"""Test data the way the dashboard makes it, on factory-boy and Oscar's own test factories.

ProductFactory(title="Teapot", price="18.00", stock=3, categories=[CategoryFactory()])
ClothingFactory(title="Blue shirt", colour="Blue", size="M", seller="Loom & Co")
ClothingParentFactory(title="Rugby top", variants=[{"colour": "Red", "price": 60}])
"""

from decimal import Decimal

import factory
from django.conf import settings
from django.contrib.auth.models import Permission
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model
from oscar.test import factories as oscar

AttributeOption = get_model("catalogue", "AttributeOption")
AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")

PASSWORD = "correct horse battery staple"
CLOTHING_OPTIONS = {"colour": ["Blue", "Red", "Green"], "size": ["S", "M", "L"]}


class UserFactory(factory.django.DjangoModelFactory):
    """A shopper who can sign in with `email` and PASSWORD."""

    class Meta:
        model = settings.AUTH_USER_MODEL
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"shopper{n}@example.com")
    password = factory.django.Password(PASSWORD)
    # Verified, as every account opened before verification existed; tests of an account that
    # has not confirmed its address pass email_verified_at=None.
    email_verified_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        """`permissions=["order.view_order"]`: model permissions by "app_label.codename"."""
        for label in extracted or ():
            app_label, codename = label.split(".")
            self.user_permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


class StaffFactory(UserFactory):
    email = factory.Sequence(lambda n: f"staff{n}@example.com")
    is_staff = True


class PartnerFactory(oscar.PartnerFactory):
    """A seller, one per name."""

    class Meta:
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = "Acme Mills"


class ProductClassFactory(oscar.ProductClassFactory):
    """A stock-tracked product class, one per name."""

    class Meta:
        django_get_or_create = ("name",)

    name = "Homeware"


class ClothingClassFactory(ProductClassFactory):
    """ "Clothing", with colour and size option attributes (CLOTHING_OPTIONS)."""

    class Meta:
        skip_postgeneration_save = True

    name = "Clothing"

    @factory.post_generation
    def options(self, create, extracted, **kwargs):
        if self.attributes.exists():
            return
        for code, values in CLOTHING_OPTIONS.items():
            group, _ = AttributeOptionGroup.objects.get_or_create(name=code.title())
            for value in values:
                AttributeOption.objects.get_or_create(group=group, option=value)
            ProductAttribute.objects.get_or_create(
                product_class=self,
                code=code,
                defaults={
                    "name": code.title(),
                    "type": ProductAttribute.OPTION,
                    "option_group": group,
                },
            )


class CategoryFactory(factory.django.DjangoModelFactory):
    """A public category: a root, or a child of `parent`."""

    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Category {n}")
    parent = None

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            return model_class.add_root(**kwargs)
        return model_class.objects.get(pk=parent.pk).add_child(**kwargs)


class StockRecordFactory(oscar.StockRecordFactory):
    partner = factory.SubFactory(PartnerFactory)
    num_in_stock = 5


def _set_attributes(product, attributes: dict) -> None:
    """Set attribute values by code; an option attribute takes its option's text."""
    if not attributes:
        return
    by_code = {a.code: a for a in product.get_product_class().attributes.all()}
    for code, value in attributes.items():
        attribute = by_code[code]
        if attribute.type == ProductAttribute.OPTION and isinstance(value, str):
            value = attribute.option_group.options.get(option=value)
        setattr(product.attr, code, value)


class ProductFactory(factory.django.DjangoModelFactory):
    """A public standalone product with one stock record (`price`, `stock`, `seller`);
    `price=None` leaves it without one."""

    class Meta:
        model = Product
        skip_postgeneration_save = True

    class Params:
        price = Decimal("10.00")
        stock = 5
        seller = "Acme Mills"

    title = factory.Sequence(lambda n: f"Product {n}")
    structure = Product.STANDALONE
    product_class = factory.SubFactory(ProductClassFactory)
    is_public = True
    attributes = factory.Dict({})
    stockrecords = factory.Maybe(
        "price",
        factory.RelatedFactory(
            StockRecordFactory,
            factory_related_name="product",
            price=factory.LazyAttribute(lambda o: Decimal(str(o.factory_parent.price))),
            num_in_stock=factory.SelfAttribute("..stock"),
            partner__name=factory.SelfAttribute("...seller"),
        ),
    )

    @classmethod
    def _create(cls, model_class, *args, attributes=None, **kwargs):
        product = model_class(*args, **kwargs)
        _set_attributes(product, attributes)
        product.save()
        return product

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        for category in extracted or ():
            self.categories.add(category)


class VariantFactory(ProductFactory):
    """A child product of `parent`: its title and class come from the parent."""

    structure = Product.CHILD
    title = ""
    product_class = None
    parent = factory.SubFactory("tests.factories.ParentProductFactory")


def _variants(variant_factory):
    """`variants=[{...}, ...]`: one child per dict of `variant_factory` keywords."""

    def make(parent, create, extracted, **kwargs):
        for variant in extracted or ():
            variant_factory(parent=parent, **variant)

    return factory.PostGeneration(make)


class ParentProductFactory(ProductFactory):
    """A parent product without stock of its own; `variants` are VariantFactory keywords."""

    class Params:
        price = None

    structure = Product.PARENT
    variants = _variants(VariantFactory)


def _clothing_attributes(product) -> dict:
    return {code: value for code in CLOTHING_OPTIONS if (value := getattr(product, code))}


class ClothingFactory(ProductFactory):
    """A standalone garment: `colour` and `size` by option text."""

    class Params:
        colour = None
        size = None

    product_class = factory.SubFactory(ClothingClassFactory)
    attributes = factory.LazyAttribute(_clothing_attributes)


class ClothingVariantFactory(VariantFactory):
    class Params:
        colour = None
        size = None

    parent = factory.SubFactory("tests.factories.ClothingParentFactory")
    attributes = factory.LazyAttribute(_clothing_attributes)


class ClothingParentFactory(ParentProductFactory):
    """A garment in several colours and sizes: `variants` are ClothingVariantFactory keywords."""

    product_class = factory.SubFactory(ClothingClassFactory)
    variants = _variants(ClothingVariantFactory)


class SellerFactory(factory.django.DjangoModelFactory):
    """A marketplace seller (approved unless `status=` says otherwise) with their own partner
    and user; an approved seller's user is a partner user with dashboard access, as approval
    makes them (commerce.sellers.services.onboarding)."""

    class Meta:
        model = "sellers.Seller"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Seller {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    user = factory.SubFactory(
        UserFactory,
        email=factory.LazyAttribute(lambda u: f"{slugify(u.factory_parent.name)}@example.com"),
    )
    partner = factory.SubFactory(PartnerFactory, name=factory.SelfAttribute("..name"))
    contact_email = factory.SelfAttribute("user.email")
    description = "We make things by hand."
    status = "approved"

    @factory.post_generation
    def dashboard_access(self, create, extracted, **kwargs):
        if create and self.status == "approved":
            self.partner.users.add(self.user)
            self.user.user_permissions.add(
                Permission.objects.get(
                    content_type__app_label="partner", codename="dashboard_access"
                )
            )


class AffiliateFactory(factory.django.DjangoModelFactory):
    """An affiliate (approved unless `status=` says otherwise) with their own account."""

    class Meta:
        model = "affiliates.Affiliate"

    user = factory.SubFactory(UserFactory)
    status = "approved"

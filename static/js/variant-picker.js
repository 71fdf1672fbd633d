/* The variant picker on a parent product's page (templates/oscar/catalogue/partials/
   variant_picker.html). The page works without this script: the picker is a form the server
   resolves. With it, choosing a colour or size updates price, stock, seller, points, picture
   and the add form from the variants embedded in the page (#variant-picker-data), and marks
   each option that is sold out or not made with the other choices kept. */
(function () {
  "use strict";

  var form = document.querySelector("[data-variant-picker]");
  var source = document.getElementById("variant-picker-data");
  if (!form || !source) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var page = form.closest(".product_page") || document;
  var text = form.dataset;
  var pickerAction = form.getAttribute("action");

  function find(selector) {
    return page.querySelector(selector);
  }

  function chosen() {
    var choices = {};
    data.axes.forEach(function (code) {
      var input = form.querySelector('input[name="' + code + '"]:checked');
      choices[code] = input ? input.value : null;
    });
    return choices;
  }

  function variantFor(choices) {
    return data.variants.find(function (variant) {
      return data.axes.every(function (code) {
        return variant.choices[code] === choices[code];
      });
    });
  }

  function combination(variant) {
    if (!variant) {
      return "not_made";
    }
    return variant.available ? "available" : "sold_out";
  }

  function markOptions(choices) {
    data.axes.forEach(function (code) {
      form.querySelectorAll('input[name="' + code + '"]').forEach(function (input) {
        var other = Object.assign({}, choices);
        other[code] = input.value;
        var state = combination(variantFor(other));
        var label = form.querySelector('label[for="' + input.id + '"]');
        label.classList.remove("variant-option--available", "variant-option--sold_out", "variant-option--not_made");
        label.classList.add("variant-option--" + state);
        var note = label.querySelector("[data-option-note]");
        note.textContent = state === "sold_out" ? text.textSoldOut : state === "not_made" ? text.textNotMade : "";
      });
      var checked = form.querySelector('input[name="' + code + '"]:checked');
      var chosenLabel = form.querySelector('[data-axis="' + code + '"] [data-chosen-label]');
      if (chosenLabel && checked) {
        chosenLabel.textContent = checked.dataset.label;
      }
    });
  }

  function showPicture(variant, choices) {
    var image = find("[data-variant-image]");
    // A combination not made still shows a picture in the chosen colour (the first choice).
    var shown = variant || data.variants.find(function (candidate) {
      return candidate.choices[data.axes[0]] === choices[data.axes[0]];
    });
    if (image && shown && image.getAttribute("src") !== shown.image) {
      image.setAttribute("src", shown.image);
      image.setAttribute("alt", shown.imageAlt);
    }
  }

  function showVariant(variant, choices) {
    var state = combination(variant);
    var price = find("[data-variant-price]");
    var status = find("[data-variant-status]");
    var soldBy = find("[data-variant-sold-by]");
    var points = find("[data-variant-points]");
    var add = form.querySelector("[data-variant-add]");
    if (price) {
      // The server's own price markup (includes/price.html): the old price and the offer too.
      price.innerHTML = variant ? variant.priceHtml : "";
    }
    if (status) {
      status.textContent = variant ? variant.status : text.textButtonNotMade;
    }
    if (soldBy) {
      soldBy.hidden = !(variant && variant.soldBy);
      if (variant && variant.soldBy) {
        var link = soldBy.querySelector("a");
        link.textContent = variant.soldBy;
        link.setAttribute("href", variant.soldByUrl);
      }
    }
    if (points) {
      // Server-rendered markup of the points partial, from the page's own data.
      points.innerHTML = variant ? variant.points : "";
    }
    // The variant is known here: add it through Oscar's own add-to-basket URL.
    form.setAttribute("action", state === "available" ? variant.addUrl : pickerAction);
    add.disabled = state !== "available";
    add.textContent = state === "available" ? text.textAdd : state === "sold_out" ? text.textButtonSoldOut : text.textButtonNotMade;
    form.querySelector("[data-variant-view]").hidden = !variant;
    showPicture(variant, choices);
  }

  function update() {
    var choices = chosen();
    markOptions(choices);
    showVariant(variantFor(choices), choices);
    return choices;
  }

  function remember(choices) {
    // Keep the choice in the address, so reloading or sharing the page shows the same variant.
    var params = new URLSearchParams(window.location.search);
    params.delete("variant");
    data.axes.forEach(function (code) {
      if (choices[code]) {
        params.set(code, choices[code]);
      }
    });
    window.history.replaceState(null, "", "?" + params.toString() + window.location.hash);
  }

  form.classList.add("variant-picker--enhanced");
  form.addEventListener("change", function (event) {
    if (event.target.matches(".variant-picker__input")) {
      remember(update());
    }
  });
  update();
})();

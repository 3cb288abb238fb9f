/*
 * Samspil's maps. Every element with data-samspil-map becomes a Leaflet map of the areas from its
 * data-source (GeoJSON). Areas with a council are drawn solid and filled, areas without one dashed
 * and nearly empty, so the two differ without relying on colour. Texts come from data attributes,
 * which the server fills from the message bundles. No inline script: the page's CSP forbids it.
 *
 * Modes: "navigate" (click an area to open its page) and "lookup" (click anywhere to look up the
 * point on the find page, which the server answers; the page works the same without JavaScript),
 * "preview" (an import's boundaries before they are applied: names only, no clicks), and "pick"
 * (a form's place: a click puts the point in the form's hidden lat and lon inputs, chooses the
 * form's KORT place and says so in its .samspil-pick-status; without JavaScript the form offers
 * the same by a typed place or a list of areas).
 *
 * Keyboard: in "navigate" mode every area is a link (Tab reaches it, Enter opens the area's page),
 * named as its tooltip; in the other modes the areas stay out of the tab order, as the page offers
 * the same by its form and list.
 */
(function () {
  'use strict';

  var STYLE_COUNCIL = { color: '#003e5c', weight: 2, fillColor: '#003e5c', fillOpacity: 0.45 };
  var STYLE_NONE = { color: '#5c3d00', weight: 2, dashArray: '6 5', fillColor: '#ffffff', fillOpacity: 0.6 };
  var STYLE_SELECTED = { color: '#1a1a1a', weight: 5, fillOpacity: 0.2 };
  var FIND_PAGE = '/find-dit-lokalomraade';

  function style(feature, highlight) {
    var slug = feature.properties.slug;
    var base = Object.assign({ className: 'samspil-area samspil-area-' + slug }, feature.properties.council ? STYLE_COUNCIL : STYLE_NONE);
    if (highlight && slug === highlight) {
      return Object.assign(base, STYLE_SELECTED);
    }
    return base;
  }

  function textElement(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  function unavailable(element) {
    var message = document.createElement('p');
    message.className = 'samspil-map-unavailable';
    message.textContent = element.dataset.labelUnavailable;
    element.replaceChildren(message);
  }

  function areaUrl(slug) {
    return '/lokalomraader/' + encodeURIComponent(slug);
  }

  // An SVG shape made a link for the keyboard and screen readers: focusable, named, Enter opens it.
  function asLink(shape, name, url) {
    if (!shape) {
      return;
    }
    shape.setAttribute('tabindex', '0');
    shape.setAttribute('role', 'link');
    shape.setAttribute('aria-label', name);
    shape.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        window.location.href = url;
      }
    });
  }

  function lookupUrl(lat, lon) {
    return FIND_PAGE + '?lat=' + lat.toFixed(6) + '&lon=' + lon.toFixed(6) + '#resultat';
  }

  function init(element) {
    var d = element.dataset;
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25, zoomControl: false });
    L.control.zoom({ zoomInTitle: d.labelZoomIn, zoomOutTitle: d.labelZoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (d.tiles === 'on') {
      L.tileLayer(d.tilesUrl, { maxZoom: Number(d.tilesMaxZoom) || 18, attribution: d.tilesAttribution }).addTo(map);
    }
    map.attributionControl.addAttribution(textElement(d.dataAttribution).outerHTML);
    map.setView([55.25, 11.76], 10);

    fetch(d.source, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var selected = null;
        var layer = L.geoJSON(data, {
          style: function (feature) {
            return style(feature, d.highlight);
          },
          onEachFeature: function (feature, path) {
            var p = feature.properties;
            var label = d.samspilMap === 'preview' ? p.name : p.name + ' – ' + (p.council ? p.council.name : d.labelNone);
            path.bindTooltip(textElement(label), { sticky: true });
            if (p.slug === d.highlight) {
              selected = path;
            }
            if (d.samspilMap === 'navigate') {
              path.on('click', function () {
                window.location.href = areaUrl(p.slug);
              });
              path.on('add', function () {
                asLink(path.getElement(), label, areaUrl(p.slug));
              });
            }
          }
        }).addTo(map);
        if (selected) {
          selected.bringToFront();
          map.fitBounds(selected.getBounds(), { padding: [24, 24], animate: false });
        } else if (layer.getLayers().length > 0) {
          map.fitBounds(layer.getBounds(), { animate: false });
        }
        element.dataset.loaded = String(layer.getLayers().length);
      })
      .catch(function () {
        element.dataset.loaded = 'error';
      });

    var marker = null;
    if (d.markerLat && d.markerLon) {
      marker = L.circleMarker([Number(d.markerLat), Number(d.markerLon)], { radius: 8, color: '#b0001a', weight: 3, fillOpacity: 0.8 }).addTo(map);
    }
    if (d.samspilMap === 'pick') {
      map.on('click', function (event) {
        var form = element.closest('form');
        if (!form) {
          return;
        }
        form.querySelector('#lat').value = event.latlng.lat.toFixed(6);
        form.querySelector('#lon').value = event.latlng.lng.toFixed(6);
        var choice = form.querySelector('#sted-KORT');
        if (choice) {
          choice.checked = true;
        }
        var status = form.querySelector('.samspil-pick-status');
        if (status) {
          status.textContent = status.dataset.picked;
        }
        if (marker) {
          marker.setLatLng(event.latlng);
        } else {
          marker = L.circleMarker(event.latlng, { radius: 8, color: '#b0001a', weight: 3, fillOpacity: 0.8 }).addTo(map);
        }
      });
    }
    if (d.samspilMap === 'lookup') {
      map.on('click', function (event) {
        window.location.href = lookupUrl(event.latlng.lat, event.latlng.lng);
      });
    }
  }

  function initLocateButton(button) {
    if (!('geolocation' in navigator)) {
      return;
    }
    var status = button.parentElement.querySelector('.samspil-locate-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      status.textContent = button.dataset.busy;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          window.location.href = lookupUrl(position.coords.latitude, position.coords.longitude);
        },
        function () {
          status.textContent = button.dataset.error;
        },
        { timeout: 15000, maximumAge: 60000 }
      );
    });
  }

  document.querySelectorAll('[data-samspil-map]').forEach(function (element) {
    if (typeof L === 'undefined') {
      unavailable(element);
      return;
    }
    init(element);
  });
  document.querySelectorAll('.samspil-locate').forEach(initLocateButton);
})();

/* The check-in station: after each answer the code field is empty and has the focus again, ready for
   the next person; where the browser has BarcodeDetector, a button scans QR codes with the camera
   and sends the code it reads as if it had been typed. Without it the button stays hidden. */
(function () {
  function codeField() {
    return document.getElementById('door:code');
  }
  function refocus() {
    var field = codeField();
    if (field && !document.querySelector('.ui-dialog:not([aria-hidden="true"])')) {
      var active = document.activeElement;
      // the focus goes back to the code field unless the person is typing elsewhere
      if (!active || active === document.body || active.id === 'door:code' || active.id === 'door:scan') {
        field.focus();
      }
    }
  }
  var stream = null;
  var detector = null;
  function stop(button, video) {
    if (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    }
    video.hidden = true;
    button.textContent = button.getAttribute('data-start');
    button.setAttribute('aria-pressed', 'false');
  }
  function look(button, video) {
    if (!stream) {
      return;
    }
    detector.detect(video).then(function (codes) {
      if (codes.length > 0 && codes[0].rawValue) {
        var field = codeField();
        field.value = codes[0].rawValue;
        stop(button, video);
        document.getElementById('door:scan').click();
      } else {
        window.setTimeout(function () { look(button, video); }, 250);
      }
    }).catch(function () {
      window.setTimeout(function () { look(button, video); }, 500);
    });
  }
  function setUpCamera() {
    var button = document.getElementById('cameraButton');
    var video = document.getElementById('cameraVideo');
    if (!button || !video || button.getAttribute('data-ready') === 'true') {
      return;
    }
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return;
    }
    button.setAttribute('data-ready', 'true');
    button.hidden = false;
    button.setAttribute('aria-pressed', 'false');
    detector = new window.BarcodeDetector({formats: ['qr_code']});
    button.addEventListener('click', function () {
      if (stream) {
        stop(button, video);
        return;
      }
      navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        button.textContent = button.getAttribute('data-stop');
        button.setAttribute('aria-pressed', 'true');
        return video.play();
      }).then(function () {
        look(button, video);
      }).catch(function () {
        stop(button, video);
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    setUpCamera();
    refocus();
    if (window.jQuery) {
      // PrimeFaces renders the form again after each answer: the new button and field need us again
      window.jQuery(document).on('pfAjaxComplete', function () {
        setUpCamera();
        refocus();
      });
    }
  });
})();

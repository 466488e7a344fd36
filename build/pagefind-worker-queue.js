// Dateline: at most 32 of this Pagefind worker's requests are in flight at once; the others wait
// their turn, filter files behind everything else. Pagefind limits requests per merged index,
// not per worker, and asked for its filters it asks every index at once: an archive of a
// million articles (1,109 indexes) sent over 3,000 requests together, and Chromium refused
// 2,626 of them (net::ERR_INSUFFICIENT_RESOURCES), so the filters' counts came out short and a
// search meanwhile could miss index chunks. build/search-index-worker.mjs puts this before each
// bundle's pagefind-worker.js; tests/pagefind-worker-queue.test.ts runs it.
(function queueFetches(scope) {
  var AT_ONCE = 32;
  var fetchNow = scope.fetch.bind(scope);
  var running = 0;
  var first = [];
  var last = [];
  function next() {
    var start = first.length ? first.shift() : last.shift();
    if (start) start();
  }
  scope.fetch = function (input, init) {
    return new Promise(function (resolve, reject) {
      function start() {
        running++;
        fetchNow(input, init)
          .then(resolve, reject)
          .finally(function () {
            running--;
            next();
          });
      }
      if (running < AT_ONCE) start();
      else (/\/filter\/[^/]*$/.test(String(input && input.url ? input.url : input)) ? last : first).push(start);
    });
  };
})(self);

// Draws the media-kit view's breakdowns (gender, ages, countries, cities, languages,
// income) with Chart.js (/assets/chart.js, the package's UMD build served locally): one
// horizontal bar chart per canvas[data-kit-chart]. The data comes from that attribute
// (JSON, HTML-escaped by the server), never from inline script: {labels (the groups as
// the kit names them), shares (% of the audience)}. The table under each canvas has the
// same values, so nothing is lost without it.
(() => {
  if (typeof window.Chart !== "function") return;
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  // One colour for every bar: the groups are categories of one audience, not a ranking.
  const colour = "#2f5d8a";
  for (const canvas of document.querySelectorAll("canvas[data-kit-chart]")) {
    let data;
    try {
      data = JSON.parse(canvas.dataset.kitChart ?? "");
    } catch {
      continue;
    }
    if (!Array.isArray(data.labels) || !Array.isArray(data.shares)) continue;
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [
          {
            label: "Share of the audience (%)",
            data: data.shares,
            backgroundColor: colour,
            borderColor: colour,
            borderWidth: 1,
            maxBarThickness: 24,
          },
        ],
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : undefined,
        scales: {
          x: { beginAtZero: true, max: 100, title: { display: true, text: "Share of the audience (%)" } },
          y: { grid: { display: false } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (ctx) => `${ctx.parsed.x}%` } },
        },
      },
    });
  }
})();

// Draws the creator page's engagement chart with Chart.js (/assets/chart.js, the
// package's UMD build served locally). The data comes from the canvas's
// data-chart attribute (JSON, HTML-escaped by the server), never from inline
// script: {labels, rates (ER in %), benchmark (ER in %) or null, benchmarkLabel}.
(() => {
  const canvas = document.getElementById("er-chart");
  if (!canvas || typeof window.Chart !== "function") return;
  let data;
  try {
    data = JSON.parse(canvas.dataset.chart ?? "");
  } catch {
    return;
  }
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const datasets = [
    {
      type: "line",
      label: "Engagement rate per post (%)",
      data: data.rates,
      borderColor: "#0a4fb3",
      backgroundColor: "#0a4fb3",
      pointRadius: 4,
      pointHoverRadius: 6,
      spanGaps: true,
      tension: 0,
    },
  ];
  if (data.benchmark !== null)
    datasets.push({
      type: "line",
      label: `${data.benchmarkLabel} (%)`,
      data: data.labels.map(() => data.benchmark),
      borderColor: "#8a6100",
      backgroundColor: "#8a6100",
      borderDash: [6, 4],
      pointRadius: 0,
      tension: 0,
    });
  new window.Chart(canvas, {
    data: { labels: data.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      interaction: { mode: "index", intersect: false },
      scales: {
        y: { beginAtZero: true, title: { display: true, text: "ER (%)" } },
        x: { title: { display: true, text: "Post date" } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            label: (ctx) =>
              ctx.parsed.y === null
                ? `${ctx.dataset.label}: no data`
                : `${ctx.dataset.label}: ${ctx.parsed.y.toFixed(2)}%`,
          },
        },
      },
    },
  });
})();

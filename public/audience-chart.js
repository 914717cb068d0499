// Draws the creator page's follower-class chart with Chart.js (/assets/chart.js, the
// package's UMD build served locally). The data comes from the canvas's data-chart
// attribute (JSON, HTML-escaped by the server), never from inline script:
// {labels (class names), counts (followers per class), shares (% of the sample)}.
// The table next to the canvas has the same values, so nothing is lost without it.
(() => {
  const canvas = document.getElementById("audience-chart");
  if (!canvas || typeof window.Chart !== "function") return;
  let data;
  try {
    data = JSON.parse(canvas.dataset.chart ?? "");
  } catch {
    return;
  }
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  // Mass follower, influencer, suspicious, real: distinct in hue and lightness (readable in grey).
  const colours = ["#8a6100", "#5b3fa8", "#a61b1b", "#2f7d4a"];
  new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [
        {
          label: "Share of sampled followers (%)",
          data: data.shares,
          backgroundColor: colours,
          borderColor: colours,
          borderWidth: 1,
          maxBarThickness: 28,
        },
      ],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      scales: {
        x: { beginAtZero: true, max: 100, title: { display: true, text: "Share of sampled followers (%)" } },
        y: { grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) =>
              `${ctx.parsed.x.toFixed(1)}% (${data.counts[ctx.dataIndex].toLocaleString("en-US")} followers)`,
          },
        },
      },
    },
  });
})();

// Draws the creator page's growth chart with Chart.js (/assets/chart.js): followers by
// day on the left axis, accounts followed on the right, spike days marked. The data
// comes from the canvas's data-chart attribute (JSON, HTML-escaped by the server):
// {labels (days), followers, following (counts or null), spikes (days)}.
(() => {
  const canvas = document.getElementById("growth-chart");
  if (!canvas || typeof window.Chart !== "function") return;
  let data;
  try {
    data = JSON.parse(canvas.dataset.chart ?? "");
  } catch {
    return;
  }
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const spikes = new Set(data.spikes);
  new window.Chart(canvas, {
    type: "line",
    data: {
      labels: data.labels,
      datasets: [
        {
          label: "Followers",
          data: data.followers,
          borderColor: "#0a4fb3",
          backgroundColor: "#0a4fb3",
          pointRadius: data.labels.map((d) => (spikes.has(d) ? 6 : 0)),
          pointBackgroundColor: data.labels.map((d) => (spikes.has(d) ? "#a61b1b" : "#0a4fb3")),
          spanGaps: true,
          tension: 0,
          yAxisID: "y",
        },
        {
          label: "Following",
          data: data.following,
          borderColor: "#8a6100",
          backgroundColor: "#8a6100",
          borderDash: [6, 4],
          pointRadius: 0,
          spanGaps: true,
          tension: 0,
          yAxisID: "y1",
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      interaction: { mode: "index", intersect: false },
      scales: {
        y: { title: { display: true, text: "Followers" } },
        y1: {
          position: "right",
          grid: { drawOnChartArea: false },
          title: { display: true, text: "Following" },
        },
        x: { title: { display: true, text: "Day" } },
      },
      plugins: { legend: { position: "bottom" } },
    },
  });
})();

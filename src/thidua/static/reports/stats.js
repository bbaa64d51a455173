// Statistics page: the bar chart of each canvas[data-url], percentages this year and last.
const STATS_COLOURS = ["#0d6efd", "#adb5bd"];

function statsChart(canvas, chart) {
  const datasets = chart.datasets.map((set, i) => ({
    label: set.label,
    data: set.data,
    backgroundColor: STATS_COLOURS[i % STATS_COLOURS.length],
  }));
  const percent = (value) => `${Number(value).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %`;
  return new Chart(canvas, {
    type: "bar",
    data: { labels: chart.labels, datasets },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { beginAtZero: true, suggestedMax: 100, ticks: { callback: percent } } },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${percent(item.parsed.x)}` } },
      },
    },
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("canvas#stats-chart[data-url]").forEach((canvas) => {
    fetch(canvas.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then((data) => {
        const chart = statsChart(canvas, data.chart);
        canvas.dataset.ready = chart ? "1" : "";
      });
  });
});

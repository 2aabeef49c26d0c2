import QtQuick
import QtTest
import Rtw.Goals

// The value axis counts in whole, round steps with at most six gaps
// (0, 2 ... 10 for a 0-10 score, not 0, 3, 5, 8, 10).
TestCase {
    id: tc
    name: "TrendChart"
    width: 420
    height: 600
    visible: true
    when: windowShown

    Component { id: chartComponent; TrendChart { width: tc.width } }

    function test_roundSteps_data() {
        return [
            { tag: "score 0-10", yMax: 10, max: 10, ticks: 6 },
            { tag: "35 minutes", yMax: 35, max: 40, ticks: 5 },
            { tag: "3 hours", yMax: 3, max: 3, ticks: 4 },
            { tag: "nothing yet", yMax: 0, max: 1, ticks: 2 },
            { tag: "7 times", yMax: 7, max: 8, ticks: 5 },
            { tag: "large", yMax: 12000, max: 12000, ticks: 7 }
        ]
    }

    function test_roundSteps(row) {
        const chart = createTemporaryObject(chartComponent, tc, {
            chartData: { series: {}, xMin: 0, xMax: 86400000, yMax: row.yMax, summary: "", rows: [] }
        })
        compare(chart.yAxisMax, row.max)
        compare(chart.yAxisTicks, row.ticks)
    }
}

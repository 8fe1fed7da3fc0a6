package org.ecvetledger.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Issue 8 item 5: one PNG with two panels, drawn with Java2D in headless mode (no plotting library):
 * command latency against concurrency (ledger and plain-JDBC limit, p50 and p99) and against the
 * length of the learner's history (p50 and p99, and the median of every single length). Both axes of
 * both panels are logarithmic, since the values span decades.
 */
final class LatencyPlot {

    /** One line: a name, a colour, dashed or not, and its points (x, milliseconds). */
    record Series(String name, Color colour, boolean dashed, boolean markers, List<double[]> points) {}

    /** One panel: title, x label, its series, and the x positions to label. */
    record Panel(String title, String xLabel, List<Series> series, double[] xTicks) {}

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;
    private static final int MARGIN_LEFT = 70;
    private static final int MARGIN_RIGHT = 20;
    private static final int MARGIN_TOP = 60;
    private static final int MARGIN_BOTTOM = 110;

    private LatencyPlot() {}

    static void write(Path file, String caption, Panel left, Panel right) throws IOException {
        System.setProperty("java.awt.headless", "true");
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(caption, MARGIN_LEFT, HEIGHT - 12);
            int panelWidth = WIDTH / 2;
            draw(g, left, 0, panelWidth);
            draw(g, right, panelWidth, panelWidth);
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void draw(Graphics2D g, Panel panel, int originX, int width) {
        int x0 = originX + MARGIN_LEFT;
        int x1 = originX + width - MARGIN_RIGHT;
        int y0 = HEIGHT - MARGIN_BOTTOM;
        int y1 = MARGIN_TOP;
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (var series : panel.series()) {
            for (var point : series.points()) {
                if (point[0] > 0 && point[1] > 0 && Double.isFinite(point[1])) {
                    minX = Math.min(minX, point[0]);
                    maxX = Math.max(maxX, point[0]);
                    minY = Math.min(minY, point[1]);
                    maxY = Math.max(maxY, point[1]);
                }
            }
        }
        double lx0 = Math.log10(minX) - 0.1, lx1 = Math.log10(maxX) + 0.1;
        double ly0 = Math.floor(Math.log10(minY)), ly1 = Math.ceil(Math.log10(maxY));
        if (ly1 <= ly0) {
            ly1 = ly0 + 1;
        }
        final double fx0 = lx0, fx1 = lx1, fy0 = ly0, fy1 = ly1;
        java.util.function.DoubleUnaryOperator px = x -> x0 + (Math.log10(x) - fx0) / (fx1 - fx0) * (x1 - x0);
        java.util.function.DoubleUnaryOperator py = y -> y0 - (Math.log10(y) - fy0) / (fy1 - fy0) * (y0 - y1);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(panel.title(), x0, y1 - 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // grid and y labels: decades, with 2 and 5 between
        for (double decade = ly0; decade <= ly1; decade++) {
            for (double step : new double[] {1, 2, 5}) {
                double value = Math.pow(10, decade) * step;
                if (Math.log10(value) > ly1 + 1e-9) {
                    continue;
                }
                int y = (int) Math.round(py.applyAsDouble(value));
                g.setColor(step == 1 ? new Color(200, 200, 200) : new Color(235, 235, 235));
                g.drawLine(x0, y, x1, y);
                g.setColor(Color.DARK_GRAY);
                g.drawString(label(value), x0 - 45, y + 4);
            }
        }
        for (double tick : panel.xTicks()) {
            int x = (int) Math.round(px.applyAsDouble(tick));
            g.setColor(new Color(220, 220, 220));
            g.drawLine(x, y0, x, y1);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(tick), x - 10, y0 + 16);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x0, y1, x1 - x0, y0 - y1);
        g.drawString(panel.xLabel(), (x0 + x1) / 2 - 60, y0 + 34);
        var yLabel = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString("latency ms (log)", -(y0 + y1) / 2 - 45, originX + 16);
        g.setTransform(yLabel);

        int legendY = y0 + 52;
        int legendX = x0;
        for (var series : panel.series()) {
            g.setColor(series.colour());
            g.setStroke(
                    series.dashed()
                            ? new BasicStroke(
                                    2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(series.markers() ? 2f : 1f));
            var visible = new ArrayList<double[]>();
            for (var point : series.points()) {
                if (point[0] > 0 && point[1] > 0 && Double.isFinite(point[1])) {
                    visible.add(point);
                }
            }
            for (int i = 1; i < visible.size(); i++) {
                g.drawLine(
                        (int) Math.round(px.applyAsDouble(visible.get(i - 1)[0])),
                        (int) Math.round(py.applyAsDouble(visible.get(i - 1)[1])),
                        (int) Math.round(px.applyAsDouble(visible.get(i)[0])),
                        (int) Math.round(py.applyAsDouble(visible.get(i)[1])));
            }
            if (series.markers()) {
                for (var point : visible) {
                    int x = (int) Math.round(px.applyAsDouble(point[0]));
                    int y = (int) Math.round(py.applyAsDouble(point[1]));
                    g.fillOval(x - 4, y - 4, 8, 8);
                }
            }
            g.drawLine(legendX, legendY - 4, legendX + 24, legendY - 4);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.DARK_GRAY);
            g.drawString(series.name(), legendX + 30, legendY);
            legendX += 30 + g.getFontMetrics().stringWidth(series.name()) + 20;
            if (legendX > x1 - 150) {
                legendX = x0;
                legendY += 16;
            }
        }
    }

    private static String label(double value) {
        if (value >= 1) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2g", value);
    }
}

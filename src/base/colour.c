/* colour.c - colour arithmetic: xterm's palette, contrast, CVD. */
#include "config.h"

#include "base/colour.h"

#include <math.h>

/* xterm's 16 basic colours (its defaults, as in XTerm-col.ad). */
static const unsigned basic16[16] = {
	0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
	0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
	0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
};

static struct rgb
from_hex(unsigned v)
{
	struct rgb c = { ((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0,
	    (v & 255) / 255.0 };
	return c;
}

static unsigned
cube_level(int i)
{
	return i == 0 ? 0 : 55 + 40 * (unsigned)i;
}

struct rgb
colour_xterm(int n)
{
	if (n < 0 || n > 255)
		n = 0;
	if (n < 16)
		return from_hex(basic16[n]);
	if (n < 232) {
		n -= 16;
		return from_hex(cube_level(n / 36) << 16 |
		    cube_level(n / 6 % 6) << 8 | cube_level(n % 6));
	}
	return from_hex((unsigned)(8 + 10 * (n - 232)) * 0x010101);
}

static double
linear(double v)
{
	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double
encoded(double v)
{
	v = v < 0 ? 0 : v > 1 ? 1 : v;
	return v <= 0.0031308 ? v * 12.92 : 1.055 * pow(v, 1 / 2.4) - 0.055;
}

double
colour_luminance(struct rgb c)
{
	return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) +
	    0.0722 * linear(c.b);
}

double
colour_contrast(struct rgb a, struct rgb b)
{
	double la = colour_luminance(a), lb = colour_luminance(b);

	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* Machado et al. 2009, table of severity 1.0. */
static const double protan[3][3] = {
	{ 0.152286, 1.052583, -0.204868 },
	{ 0.114503, 0.786281, 0.099216 },
	{ -0.003882, -0.048116, 1.051998 },
};
static const double deutan[3][3] = {
	{ 0.367322, 0.860646, -0.227968 },
	{ 0.280085, 0.672501, 0.047413 },
	{ -0.011820, 0.042940, 0.968881 },
};

struct rgb
colour_simulate(struct rgb c, enum colour_vision v)
{
	const double (*m)[3] = v == VISION_PROTANOPIA ? protan : deutan;
	double in[3] = { linear(c.r), linear(c.g), linear(c.b) }, out[3];
	struct rgb s;

	if (v == VISION_NORMAL)
		return c;
	for (int i = 0; i < 3; i++)
		out[i] = m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2];
	s.r = encoded(out[0]);
	s.g = encoded(out[1]);
	s.b = encoded(out[2]);
	return s;
}

static double
lab_f(double t)
{
	return t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}

static void
to_lab(struct rgb c, double lab[3])
{
	double r = linear(c.r), g = linear(c.g), b = linear(c.b);
	double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;

	lab[0] = 116 * lab_f(y) - 16;
	lab[1] = 500 * (lab_f(x) - lab_f(y));
	lab[2] = 200 * (lab_f(y) - lab_f(z));
}

double
colour_delta_e(struct rgb a, struct rgb b)
{
	double la[3], lb[3];

	to_lab(a, la);
	to_lab(b, lb);
	return sqrt((la[0] - lb[0]) * (la[0] - lb[0]) +
	    (la[1] - lb[1]) * (la[1] - lb[1]) +
	    (la[2] - lb[2]) * (la[2] - lb[2]));
}

/* colour.h - colour arithmetic for choosing legible themes: xterm's
 * palette, WCAG 2 contrast, CIE Lab differences and colour-vision
 * deficiency simulation.  Knows no terminal: only numbers. */
#ifndef GALLEY_COLOUR_H
#define GALLEY_COLOUR_H

struct rgb {
	double r, g, b;		/* 0..1, gamma-encoded (sRGB) */
};

/* Colour n (0..255) of xterm's default 256-colour palette. */
struct rgb colour_xterm(int n);

/* WCAG 2 relative luminance, 0 (black) to 1 (white). */
double colour_luminance(struct rgb c);

/* WCAG 2 contrast ratio of two colours, 1 to 21. */
double colour_contrast(struct rgb a, struct rgb b);

/* How a colour looks with a colour-vision deficiency: Machado, Oliveira
 * and Fernandes (2009), severity 1, on linear RGB. */
enum colour_vision { VISION_NORMAL, VISION_PROTANOPIA, VISION_DEUTERANOPIA };
struct rgb colour_simulate(struct rgb c, enum colour_vision v);

/* CIE76 difference (Euclidean distance in CIE L*a*b*, D65). */
double colour_delta_e(struct rgb a, struct rgb b);

#endif

"""The side panels: lists over the comparison that jump to places in the panes."""

"""The draft checks on screen: the controller that runs them and the findings panel."""

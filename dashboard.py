"""Insights dashboard: `streamlit run dashboard.py`."""

import streamlit as st

st.set_page_config(page_title="Insights", layout="wide")
st.title("Insights")
st.info("The dashboard is being built. Use `python -m insights extract FILE` meanwhile.")
